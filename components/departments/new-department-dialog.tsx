'use client'

import { useState, useTransition } from 'react'
import { useForm } from 'react-hook-form'
import { useTranslations } from 'next-intl'
import { useRouter } from 'next/navigation'
import { toast } from '@/components/ui/toast'
import { Plus } from 'lucide-react'
import type { CreateDepartmentInput } from '@/lib/settings/department-schema'
import { useLazyResolver } from '@/components/forms/use-lazy-resolver'
import { loadDepartmentNameResolver } from './department-name-resolver'
import { createDepartmentAction } from '@/server/actions/department-actions'
import { Button } from '@/components/ui/button'
import { Input } from '@/components/ui/input'
import { Label } from '@/components/ui/label'
import { FieldError } from '@/components/ui/form-message'
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from '@/components/ui/dialog'

/** Admins add a department; it starts using the General configuration (SPEC §3). */
export function NewDepartmentDialog() {
  const t = useTranslations('schedules.departments')
  const router = useRouter()
  const [open, setOpen] = useState(false)
  const [pending, startTransition] = useTransition()
  const form = useForm<CreateDepartmentInput>({
    resolver: useLazyResolver(loadDepartmentNameResolver),
    defaultValues: { name: '' },
  })
  const error = form.formState.errors.name?.message

  const onSubmit = form.handleSubmit((values) =>
    startTransition(async () => {
      const result = await createDepartmentAction(values)
      if (!result.ok) {
        if (result.error === 'duplicate_name') form.setError('name', { message: 'duplicateName' })
        else if (result.error === 'invalid') form.setError('name', { message: 'nameRequired' })
        else toast.error(t('errors.unexpected'))
        return
      }
      toast.success(t('created', { name: values.name.trim() }))
      setOpen(false)
      form.reset()
      router.push(`/settings/schedules/${encodeURIComponent(result.data.departmentId)}`)
      router.refresh()
    }),
  )

  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="outline" size="sm" className="w-full">
          <Plus aria-hidden className="size-4" />
          {t('new')}
        </Button>
      </DialogTrigger>
      <DialogContent>
        <form onSubmit={onSubmit} noValidate className="space-y-4">
          <DialogHeader>
            <DialogTitle>{t('newTitle')}</DialogTitle>
            <DialogDescription>{t('newDescription')}</DialogDescription>
          </DialogHeader>
          <div className="space-y-1.5">
            <Label htmlFor="department-name">{t('name')}</Label>
            <Input
              id="department-name"
              autoComplete="off"
              aria-invalid={!!error}
              aria-describedby={error ? 'department-name-error' : undefined}
              {...form.register('name')}
            />
            <FieldError
              id="department-name-error"
              message={error ? t(`errors.${error}` as 'errors.unexpected') : undefined}
            />
          </div>
          <DialogFooter>
            <Button type="submit" disabled={pending}>
              {t('create')}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  )
}
