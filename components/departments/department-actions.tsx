'use client'

import { useState, useTransition } from 'react'
import { useForm } from 'react-hook-form'
import { useTranslations } from 'next-intl'
import { useRouter } from 'next/navigation'
import { toast } from '@/components/ui/toast'
import { Pencil, Trash2 } from 'lucide-react'
import type { CreateDepartmentInput } from '@/lib/settings/department-schema'
import { useLazyResolver } from '@/components/forms/use-lazy-resolver'
import { loadDepartmentNameResolver } from './department-name-resolver'
import { deleteDepartmentAction, renameDepartmentAction } from '@/server/actions/department-actions'
import { Button } from '@/components/ui/button'
import { Input } from '@/components/ui/input'
import { Label } from '@/components/ui/label'
import { FieldError } from '@/components/ui/form-message'
import {
  Dialog,
  DialogContent,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from '@/components/ui/dialog'
import { ConfirmDialog } from '@/components/ui/confirm-dialog'

/** Rename / delete for one department (admins). */
export function DepartmentActions({ departmentId, name }: { departmentId: string; name: string }) {
  const t = useTranslations('schedules.departments')
  const router = useRouter()
  const [open, setOpen] = useState(false)
  const [pending, startTransition] = useTransition()
  const form = useForm<CreateDepartmentInput>({
    resolver: useLazyResolver(loadDepartmentNameResolver),
    defaultValues: { name },
  })
  const error = form.formState.errors.name?.message

  const onRename = form.handleSubmit((values) =>
    startTransition(async () => {
      const result = await renameDepartmentAction({ departmentId, name: values.name })
      if (!result.ok) {
        if (result.error === 'duplicate_name') form.setError('name', { message: 'duplicateName' })
        else toast.error(t('errors.unexpected'))
        return
      }
      toast.success(t('renamed'))
      setOpen(false)
      router.refresh()
    }),
  )

  const onDelete = () =>
    startTransition(async () => {
      const result = await deleteDepartmentAction({ departmentId })
      if (!result.ok) {
        toast.error(t('errors.unexpected'))
        return
      }
      toast.success(t('deleted'))
      router.push('/settings/schedules')
      router.refresh()
    })

  return (
    <div className="flex flex-wrap gap-2">
      <Dialog open={open} onOpenChange={setOpen}>
        <DialogTrigger asChild>
          <Button variant="outline" size="sm">
            <Pencil aria-hidden className="size-4" />
            {t('rename')}
          </Button>
        </DialogTrigger>
        <DialogContent>
          <form onSubmit={onRename} noValidate className="space-y-4">
            <DialogHeader>
              <DialogTitle>{t('renameTitle')}</DialogTitle>
            </DialogHeader>
            <div className="space-y-1.5">
              <Label htmlFor="rename-department">{t('name')}</Label>
              <Input
                id="rename-department"
                autoComplete="off"
                aria-invalid={!!error}
                aria-describedby={error ? 'rename-department-error' : undefined}
                {...form.register('name')}
              />
              <FieldError
                id="rename-department-error"
                message={error ? t(`errors.${error}` as 'errors.unexpected') : undefined}
              />
            </div>
            <DialogFooter>
              <Button type="submit" disabled={pending}>
                {t('save')}
              </Button>
            </DialogFooter>
          </form>
        </DialogContent>
      </Dialog>
      <ConfirmDialog
        trigger={
          <Button variant="outline" size="sm">
            <Trash2 aria-hidden className="size-4" />
            {t('delete')}
          </Button>
        }
        title={t('deleteTitle', { name })}
        description={t('deleteDescription')}
        cancelLabel={t('cancel')}
        confirmLabel={t('delete')}
        confirmDisabled={pending}
        destructive
        onConfirm={onDelete}
      />
    </div>
  )
}
