'use client'

import { useTranslations } from 'next-intl'
import { useRouter } from 'next/navigation'
import { Plus } from '@/components/ui/icons'
import { toast } from '@/components/ui/toast'
import { createDepartmentAction } from '@/server/actions/department-actions'
import { Button } from '@/components/ui/button'
import { DepartmentNameDialog } from './department-name-dialog'

/** Admins add a department; it starts using the General configuration (docs/behaviour.md §3). */
export function NewDepartmentDialog() {
  const t = useTranslations('schedules.departments')
  const router = useRouter()
  return (
    <DepartmentNameDialog
      trigger={
        <Button variant="outline" size="sm" className="w-full">
          <Plus aria-hidden className="size-4" />
          {t('new')}
        </Button>
      }
      title={t('newTitle')}
      description={t('newDescription')}
      submitLabel={t('create')}
      inputId="department-name"
      initialName=""
      save={(name) => createDepartmentAction({ name })}
      onSaved={({ departmentId }, name) => {
        toast.success(t('created', { name }))
        router.push(`/settings/schedules/${encodeURIComponent(departmentId)}`)
        router.refresh()
      }}
    />
  )
}
