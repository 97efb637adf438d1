'use client'

import { useEffect, useId, useTransition } from 'react'
import { Controller, useForm, useWatch } from 'react-hook-form'
import { zodResolver } from '@hookform/resolvers/zod'
import { useTranslations } from 'next-intl'
import { toast } from '@/components/ui/toast'
import { AgentFormSchema, type AgentFormValues } from '@/lib/agents/agent-schema'
import { createAgentAction, updateAgentAction, type AgentDto } from '@/server/actions/agent-actions'
import { Button } from '@/components/ui/button'
import { Checkbox } from '@/components/ui/checkbox'
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
} from '@/components/ui/dialog'
import { FieldDescription, FieldError } from '@/components/ui/form-message'
import { Input } from '@/components/ui/input'
import { Label } from '@/components/ui/label'
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '@/components/ui/select'
import { DEFAULT_MAX_ACTIVE_CHATS } from '@/lib/routing/capacity'
import { CapacityFields } from './capacity-fields'
import { useFieldErrorText } from '@/components/forms/use-action-error'

export type DepartmentOption = { id: string; name: string }
export type MemberOption = { userId: string; name: string; email: string }

const NO_MEMBER = '__none__'
const FIELDS = ['name', 'email', 'userId', 'departmentIds', 'maxActiveChats', 'activeChats'] as const

export function AgentDialog({
  open,
  onOpenChange,
  agent,
  departments,
  members,
  onSaved,
}: {
  open: boolean
  onOpenChange: (open: boolean) => void
  /** null = create. */
  agent: AgentDto | null
  departments: DepartmentOption[]
  members: MemberOption[]
  onSaved: (agent: AgentDto, created: boolean) => void
}) {
  const t = useTranslations('agents')
  const id = useId()
  const [pending, startTransition] = useTransition()
  const form = useForm<AgentFormValues>({
    resolver: zodResolver(AgentFormSchema),
    defaultValues: { name: '', email: '', userId: '', departmentIds: [] },
  })
  const { errors } = form.formState

  useEffect(() => {
    if (open) {
      form.reset({
        name: agent?.name ?? '',
        email: agent?.email ?? '',
        userId: agent?.userId ?? '',
        departmentIds: agent?.departmentIds ?? [],
        maxActiveChats: agent?.maxActiveChats ?? DEFAULT_MAX_ACTIVE_CHATS,
        activeChats: agent?.activeChats ?? 0,
      })
    }
  }, [open, agent, form])

  const errorText = useFieldErrorText('agents')

  const onSubmit = form.handleSubmit((values) => {
    startTransition(async () => {
      const result = agent
        ? await updateAgentAction({ ...values, agentId: agent.id })
        : await createAgentAction(values)
      if (result.ok) {
        onSaved(result.data, agent === null)
        toast.success(t(agent ? 'toast.updated' : 'toast.created', { name: result.data.name }))
        onOpenChange(false)
        return
      }
      if (result.error === 'invalid' && result.fieldErrors) {
        let focused = false
        for (const field of FIELDS) {
          const code = result.fieldErrors[field]
          if (code) {
            form.setError(field, { message: code }, { shouldFocus: !focused })
            focused = true
          }
        }
        if (focused) return
      }
      toast.error(errorText(result.error) ?? t('errors.unexpected'))
    })
  })

  const memberValue = useWatch({ control: form.control, name: 'userId' })
  // Members already linked to another agent are still listed: the server answers "ya está vinculado".
  return (
    <Dialog open={open} onOpenChange={(next) => !pending && onOpenChange(next)}>
      <DialogContent closeLabel={t('dialog.close')}>
        <form onSubmit={onSubmit} noValidate className="grid gap-5">
          <DialogHeader>
            <DialogTitle>{t(agent ? 'dialog.editTitle' : 'dialog.createTitle')}</DialogTitle>
            <DialogDescription>{t('dialog.description')}</DialogDescription>
          </DialogHeader>

          <div className="grid gap-1.5">
            <Label htmlFor={`${id}-name`}>{t('dialog.name')}</Label>
            <Input
              id={`${id}-name`}
              autoComplete="off"
              aria-invalid={!!errors.name}
              aria-describedby={`${id}-name-error`}
              {...form.register('name')}
            />
            <FieldError id={`${id}-name-error`} message={errorText(errors.name?.message)} />
          </div>

          <div className="grid gap-1.5">
            <Label htmlFor={`${id}-email`}>{t('dialog.email')}</Label>
            <Input
              id={`${id}-email`}
              type="email"
              autoComplete="off"
              aria-invalid={!!errors.email}
              aria-describedby={`${id}-email-error`}
              {...form.register('email')}
            />
            <FieldError id={`${id}-email-error`} message={errorText(errors.email?.message)} />
          </div>

          <fieldset className="grid gap-2" aria-describedby={`${id}-dep-hint ${id}-dep-error`}>
            <legend className="mb-1 text-sm font-medium">{t('dialog.departments')}</legend>
            {departments.length === 0 ? (
              <p className="text-sm text-muted-foreground">{t('dialog.noDepartments')}</p>
            ) : (
              <Controller
                control={form.control}
                name="departmentIds"
                render={({ field }) => (
                  <div className="grid gap-2 sm:grid-cols-2">
                    {departments.map((d) => {
                      const checked = field.value.includes(d.id)
                      return (
                        <div key={d.id} className="flex items-center gap-2">
                          <Checkbox
                            id={`${id}-dep-${d.id}`}
                            checked={checked}
                            onCheckedChange={(next) =>
                              field.onChange(
                                next === true
                                  ? [...field.value, d.id]
                                  : field.value.filter((x) => x !== d.id),
                              )
                            }
                          />
                          <Label htmlFor={`${id}-dep-${d.id}`} className="font-normal">
                            {d.name}
                          </Label>
                        </div>
                      )
                    })}
                  </div>
                )}
              />
            )}
            <FieldDescription id={`${id}-dep-hint`}>{t('dialog.departmentsHint')}</FieldDescription>
            <FieldError id={`${id}-dep-error`} message={errorText(errors.departmentIds?.message)} />
          </fieldset>

          <CapacityFields id={id} register={form.register} errors={errors} errorText={errorText} />

          {members.length > 0 ? (
            <div className="grid gap-1.5">
              <Label htmlFor={`${id}-member`}>{t('dialog.member')}</Label>
              <Select
                value={memberValue === '' ? NO_MEMBER : memberValue}
                onValueChange={(v) =>
                  form.setValue('userId', v === NO_MEMBER ? '' : v, { shouldDirty: true })
                }
              >
                <SelectTrigger
                  id={`${id}-member`}
                  aria-invalid={!!errors.userId}
                  aria-describedby={`${id}-member-hint ${id}-member-error`}
                >
                  <SelectValue />
                </SelectTrigger>
                <SelectContent>
                  <SelectItem value={NO_MEMBER}>{t('dialog.noMember')}</SelectItem>
                  {members.map((m) => (
                    <SelectItem key={m.userId} value={m.userId} description={m.email}>
                      {m.name}
                    </SelectItem>
                  ))}
                </SelectContent>
              </Select>
              <FieldDescription id={`${id}-member-hint`}>{t('dialog.memberHint')}</FieldDescription>
              <FieldError id={`${id}-member-error`} message={errorText(errors.userId?.message)} />
            </div>
          ) : null}

          <DialogFooter>
            <Button variant="outline" onClick={() => onOpenChange(false)} disabled={pending}>
              {t('dialog.cancel')}
            </Button>
            <Button type="submit" disabled={pending}>
              {pending ? t('dialog.saving') : t(agent ? 'dialog.save' : 'dialog.create')}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  )
}
