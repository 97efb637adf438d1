'use client'

import { useState } from 'react'
import { useTranslations } from 'next-intl'
import { Copy } from '@/components/ui/icons'
import { copySourceAction } from '@/server/actions/schedule-actions'
import { COPY_SECTIONS, describeCopy, type CopySection } from '@/lib/settings/copy-from'
import type { ScopeConfiguration } from '@/lib/settings/types'
import { toast } from '@/components/ui/toast'
import { Button } from '@/components/ui/button'
import { Checkbox } from '@/components/ui/checkbox'
import { Label } from '@/components/ui/label'
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '@/components/ui/select'
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from '@/components/ui/dialog'

export type CopySource = { departmentId: string | null; name: string }

type Source =
  | { status: 'none' }
  | { status: 'loading'; key: string }
  | { status: 'error'; key: string }
  | { status: 'ready'; key: string; config: ScopeConfiguration }

const GENERAL_KEY = 'general'
const keyOf = (source: CopySource) => source.departmentId ?? GENERAL_KEY

/**
 * Issue 16 item 3 — "Copiar de…": choose another department or General and the sections to copy; a second step
 * names what will be replaced before the form is overwritten. Nothing is saved here: the form becomes dirty and the
 * save bar says so. The source's configuration is read from the server when it is chosen (one scope, on demand).
 */
export function CopyFromDialog({
  sources,
  currentConfig,
  onCopy,
}: {
  sources: CopySource[]
  /** The form's configuration now (to say whether the copy removes its assistant). */
  currentConfig: () => ScopeConfiguration
  onCopy: (source: ScopeConfiguration, sections: CopySection[]) => void
}) {
  const t = useTranslations('schedules.copyFrom')
  const tc = useTranslations('schedules.editor')
  const [open, setOpen] = useState(false)
  const [step, setStep] = useState<'choose' | 'confirm'>('choose')
  const [source, setSource] = useState<Source>({ status: 'none' })
  const [sections, setSections] = useState<CopySection[]>([...COPY_SECTIONS])

  const chosen = source.status === 'none' ? null : sources.find((s) => keyOf(s) === source.key)
  const sourceName = chosen ? (chosen.departmentId === null ? t('general') : chosen.name) : ''

  const choose = async (key: string) => {
    const picked = sources.find((s) => keyOf(s) === key)
    if (!picked) return
    setSource({ status: 'loading', key })
    let result: Awaited<ReturnType<typeof copySourceAction>> | null = null
    try {
      result = await copySourceAction(picked.departmentId)
    } catch {
      result = null
    }
    // A later choice wins over an earlier answer arriving late.
    setSource((prev) =>
      prev.status !== 'loading' || prev.key !== key
        ? prev
        : result?.ok
          ? { status: 'ready', key, config: result.data }
          : { status: 'error', key },
    )
  }

  const toggle = (section: CopySection, checked: boolean) =>
    setSections((prev) => (checked ? [...prev, section] : prev.filter((s) => s !== section)))

  const summary = source.status === 'ready' ? describeCopy(currentConfig(), source.config, sections) : null

  const apply = () => {
    if (source.status !== 'ready' || !summary) return
    onCopy(source.config, summary.sections)
    toast.success(t('copied', { source: sourceName }))
    setOpen(false)
  }

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next)
        if (next) {
          setStep('choose')
          setSource({ status: 'none' })
          setSections([...COPY_SECTIONS])
        }
      }}
    >
      <DialogTrigger asChild>
        <Button variant="outline" size="sm">
          <Copy aria-hidden />
          {t('open')}
        </Button>
      </DialogTrigger>
      <DialogContent closeLabel={tc('close')}>
        {step === 'choose' ? (
          <>
            <DialogHeader>
              <DialogTitle>{t('title')}</DialogTitle>
              <DialogDescription>{t('description')}</DialogDescription>
            </DialogHeader>
            <div className="flex flex-col gap-1.5">
              <Label htmlFor="copy-from-source">{t('source')}</Label>
              <Select
                value={source.status === 'none' ? '' : source.key}
                onValueChange={(v) => void choose(v)}
              >
                <SelectTrigger id="copy-from-source">
                  <SelectValue placeholder={t('sourcePlaceholder')} />
                </SelectTrigger>
                <SelectContent>
                  {sources.map((s) => (
                    <SelectItem key={keyOf(s)} value={keyOf(s)}>
                      {s.departmentId === null ? t('general') : s.name}
                    </SelectItem>
                  ))}
                </SelectContent>
              </Select>
              {source.status === 'loading' && (
                <p className="text-xs text-muted-foreground" role="status">
                  {t('loading')}
                </p>
              )}
              {source.status === 'error' && (
                <p className="text-sm text-destructive" role="alert">
                  {t('error')}
                </p>
              )}
            </div>
            <fieldset className="flex flex-col gap-2">
              <legend className="mb-1 text-sm font-medium">{t('sections')}</legend>
              {COPY_SECTIONS.map((section) => (
                <div key={section} className="flex items-center gap-3">
                  <Checkbox
                    id={`copy-from-${section}`}
                    checked={sections.includes(section)}
                    onCheckedChange={(checked) => toggle(section, checked === true)}
                  />
                  <Label htmlFor={`copy-from-${section}`} className="font-normal">
                    {t(`section.${section}`)}
                  </Label>
                </div>
              ))}
            </fieldset>
            <DialogFooter>
              <Button variant="outline" onClick={() => setOpen(false)}>
                {tc('cancel')}
              </Button>
              <Button onClick={() => setStep('confirm')} disabled={!summary || summary.sections.length === 0}>
                {t('continue')}
              </Button>
            </DialogFooter>
          </>
        ) : (
          <>
            <DialogHeader>
              <DialogTitle>{t('confirmTitle')}</DialogTitle>
              <DialogDescription>{t('confirmDescription', { source: sourceName })}</DialogDescription>
            </DialogHeader>
            <ul className="list-disc pl-5 text-sm" aria-label={t('replaced')}>
              {summary?.sections.map((section) => (
                <li key={section}>{t(`section.${section}`)}</li>
              ))}
            </ul>
            {summary?.removesAssistant && (
              <p className="text-sm">{t('removesAssistant', { source: sourceName })}</p>
            )}
            <p className="text-sm text-muted-foreground">{t('unsaved')}</p>
            <DialogFooter>
              <Button variant="outline" onClick={() => setStep('choose')}>
                {t('back')}
              </Button>
              <Button onClick={apply}>{t('confirm')}</Button>
            </DialogFooter>
          </>
        )}
      </DialogContent>
    </Dialog>
  )
}
