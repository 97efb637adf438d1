'use client'

import { useState, useTransition } from 'react'
import { useForm } from 'react-hook-form'
import { useTranslations } from 'next-intl'
import { toast } from '@/components/ui/toast'
import type { CreateDepartmentInput } from '@/lib/settings/department-schema'
import type { ActionResult } from '@/server/actions/action-result'
import { useLazyResolver } from '@/components/forms/use-lazy-resolver'
import { Button } from '@/components/ui/button'
import { TextField } from '@/components/ui/text-field'
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from '@/components/ui/dialog'
import { loadDepartmentNameResolver } from './department-name-resolver'
import { useActionErrorMessage, useFieldErrorText } from '@/components/forms/use-action-error'

type NameResult<T> = ActionResult<T>

/**
 * A dialog asking for a department name (create and rename): validated with the schema the actions parse with; a
 * duplicate or empty name is shown next to the field, anything else as a toast. Closes once `onSaved` has run.
 */
export function DepartmentNameDialog<T>({
  trigger,
  title,
  description,
  submitLabel,
  inputId,
  initialName,
  save,
  onSaved,
}: {
  trigger: React.ReactElement
  title: string
  description?: string
  submitLabel: string
  inputId: string
  initialName: string
  save: (name: string) => Promise<NameResult<T>>
  onSaved: (data: T, name: string) => void
}) {
  const t = useTranslations('schedules.departments')
  const fieldErrorText = useFieldErrorText('schedules.departments')
  const actionError = useActionErrorMessage()
  const [open, setOpen] = useState(false)
  const [pending, startTransition] = useTransition()
  const form = useForm<CreateDepartmentInput>({
    resolver: useLazyResolver(loadDepartmentNameResolver),
    defaultValues: { name: initialName },
  })
  const nameError = form.formState.errors.name

  const onSubmit = form.handleSubmit((values) =>
    startTransition(async () => {
      const result = await save(values.name)
      if (!result.ok) {
        // The other department's spelling, so "ventas" refused beside "Ventas" says why.
        if (result.error === 'duplicate_name')
          form.setError(
            'name',
            { type: 'duplicate', message: result.existingName ?? values.name.trim() },
            { shouldFocus: true },
          )
        else if (result.error === 'invalid') form.setError('name', { message: 'nameRequired' })
        else toast.error(actionError(result))
        return
      }
      onSaved(result.data, values.name.trim())
      setOpen(false)
    }),
  )

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        // Each opening starts from the current name (empty for a new department), not from an abandoned edit.
        if (next) form.reset({ name: initialName })
        setOpen(next)
      }}
    >
      <DialogTrigger asChild>{trigger}</DialogTrigger>
      <DialogContent>
        <form onSubmit={onSubmit} noValidate className="space-y-4">
          <DialogHeader>
            <DialogTitle>{title}</DialogTitle>
            {description && <DialogDescription>{description}</DialogDescription>}
          </DialogHeader>
          <TextField
            id={inputId}
            label={t('name')}
            autoComplete="off"
            error={
              !nameError?.message
                ? undefined
                : nameError.type === 'duplicate'
                  ? t('errors.duplicateName', { name: nameError.message })
                  : fieldErrorText(nameError.message)
            }
            {...form.register('name')}
          />
          <DialogFooter>
            <Button type="submit" disabled={pending}>
              {submitLabel}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  )
}
