'use client'

import { useState } from 'react'
import { useRouter } from 'next/navigation'
import { useTranslations } from 'next-intl'
import { AlertTriangle, RefreshCw, RotateCcw } from '@/components/ui/icons'
import { restoreVersionAction } from '@/server/actions/version-actions'
import { cn } from '@/lib/utils'
import { useActionErrorMessage } from '@/components/forms/use-action-error'
import { toast } from '@/components/ui/toast'
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import {
  AlertDialog,
  AlertDialogAction,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
  AlertDialogTrigger,
} from '@/components/ui/alert-dialog'

/**
 * "Restaurar esta versión" (docs/behaviour.md §6 › Versions): a confirmation naming what will be replaced (the
 * server renders `changes`), then the restore — a save carrying the current version the admin saw. Success goes back
 * to the editor with a toast; a save made meanwhile is the usual conflict, with a reload that shows the new diff.
 */
export function RestoreVersionButton({
  departmentId,
  version,
  currentVersion,
  scopeName,
  editorHref,
  changes,
}: {
  departmentId: string | null
  version: number
  currentVersion: number
  scopeName: string
  editorHref: string
  /** What the restore will change, as lines (rendered on the server with the history's words). */
  changes: React.ReactNode
}) {
  const t = useTranslations('schedules.versions')
  const actionError = useActionErrorMessage()
  const router = useRouter()
  const [open, setOpen] = useState(false)
  const [pending, setPending] = useState(false)
  const [conflict, setConflict] = useState(false)
  const [reloading, setReloading] = useState(false)

  const restore = async (event: React.MouseEvent) => {
    // Keep the dialog open until the server answers.
    event.preventDefault()
    setPending(true)
    try {
      const result = await restoreVersionAction({ departmentId, version, expectedVersion: currentVersion })
      if (result.ok) {
        toast.success(t('restored', { version, newVersion: result.data.version }))
        setOpen(false)
        router.push(editorHref)
        return
      }
      setOpen(false)
      if (result.error === 'conflict') setConflict(true)
      else toast.error(result.error === 'invalid' ? t('invalid') : actionError(result))
    } catch {
      setOpen(false)
      toast.error(actionError({ error: 'unavailable' }))
    } finally {
      setPending(false)
    }
  }

  if (conflict)
    return (
      <Alert variant="destructive" data-testid="restore-conflict">
        <AlertTriangle aria-hidden />
        <AlertTitle>{t('conflictTitle')}</AlertTitle>
        <AlertDescription>
          <p>{t('conflictDescription')}</p>
          <Button
            variant="outline"
            size="sm"
            className="mt-1"
            disabled={reloading}
            onClick={() => {
              setReloading(true)
              router.refresh()
            }}
          >
            <RefreshCw aria-hidden className={cn(reloading && 'animate-spin')} />
            {t('reload')}
          </Button>
        </AlertDescription>
      </Alert>
    )

  return (
    <AlertDialog open={open} onOpenChange={(next) => !pending && setOpen(next)}>
      <AlertDialogTrigger asChild>
        <Button className="self-start">
          <RotateCcw aria-hidden />
          {t('restore')}
        </Button>
      </AlertDialogTrigger>
      <AlertDialogContent>
        <AlertDialogHeader>
          <AlertDialogTitle>{t('confirmTitle', { version })}</AlertDialogTitle>
          <AlertDialogDescription asChild>
            <div className="flex flex-col gap-2">
              <p>{t('confirmDescription', { scope: scopeName, current: currentVersion })}</p>
              <div className="max-h-64 overflow-y-auto rounded-md border p-2 text-foreground" tabIndex={0}>
                {changes}
              </div>
              <p>{t('confirmKeep', { current: currentVersion })}</p>
            </div>
          </AlertDialogDescription>
        </AlertDialogHeader>
        <AlertDialogFooter>
          <AlertDialogCancel disabled={pending}>{t('cancel')}</AlertDialogCancel>
          <AlertDialogAction onClick={restore} disabled={pending}>
            {t('confirm', { version })}
          </AlertDialogAction>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  )
}
