'use client'

import { useTransition } from 'react'
import { useTranslations } from 'next-intl'
import { useRouter } from 'next/navigation'
import { Pencil, Trash2 } from '@/components/ui/icons'
import { toast } from '@/components/ui/toast'
import { deleteDepartmentAction, renameDepartmentAction } from '@/server/actions/department-actions'
import { Button } from '@/components/ui/button'
import { ConfirmDialog } from '@/components/ui/confirm-dialog'
import { DepartmentNameDialog } from './department-name-dialog'
import { useActionErrorMessage } from '@/components/forms/use-action-error'

/** Rename / delete for one department (admins). */
export function DepartmentActions({ departmentId, name }: { departmentId: string; name: string }) {
  const t = useTranslations('schedules.departments')
  const actionError = useActionErrorMessage()
  const router = useRouter()
  const [pending, startTransition] = useTransition()

  const onDelete = () =>
    startTransition(async () => {
      const result = await deleteDepartmentAction({ departmentId })
      if (!result.ok) {
        toast.error(actionError(result))
        return
      }
      toast.success(t('deleted'))
      router.push('/settings/schedules')
      router.refresh()
    })

  return (
    <div className="flex flex-wrap gap-2">
      <DepartmentNameDialog
        trigger={
          <Button variant="outline" size="sm">
            <Pencil aria-hidden className="size-4" />
            {t('rename')}
          </Button>
        }
        title={t('renameTitle')}
        submitLabel={t('save')}
        inputId="rename-department"
        initialName={name}
        save={(newName) => renameDepartmentAction({ departmentId, name: newName })}
        onSaved={() => {
          toast.success(t('renamed'))
          router.refresh()
        }}
      />
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
