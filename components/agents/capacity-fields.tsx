'use client'

import { useTranslations } from 'next-intl'
import type { FieldErrors, UseFormRegister } from 'react-hook-form'
import type { AgentFormValues } from '@/lib/agents/agent-schema'
import { MAX_ACTIVE_CHATS, MAX_MAX_ACTIVE_CHATS, MIN_MAX_ACTIVE_CHATS } from '@/lib/routing/capacity'
import { FieldDescription, FieldError } from '@/components/ui/form-message'
import { Input } from '@/components/ui/input'
import { Label } from '@/components/ui/label'

/**
 * §5 capacity (issue 17): the most chats the agent takes at once, and their active chats now — normally reported by
 * the chat platform through the API, editable here to try the rule ("asesores sin cupo") by hand.
 */
export function CapacityFields({
  id,
  register,
  errors,
  errorText,
}: {
  id: string
  register: UseFormRegister<AgentFormValues>
  errors: FieldErrors<AgentFormValues>
  errorText: (code: string | undefined) => string | undefined
}) {
  const t = useTranslations('agents.dialog')
  return (
    <fieldset className="grid gap-3 sm:grid-cols-2" aria-describedby={`${id}-capacity-hint`}>
      <legend className="mb-1 text-sm font-medium">{t('capacity')}</legend>
      <div className="grid content-start gap-1.5">
        <Label htmlFor={`${id}-max-chats`}>{t('maxActiveChats')}</Label>
        <Input
          id={`${id}-max-chats`}
          type="number"
          inputMode="numeric"
          min={MIN_MAX_ACTIVE_CHATS}
          max={MAX_MAX_ACTIVE_CHATS}
          step={1}
          className="w-28"
          aria-invalid={!!errors.maxActiveChats}
          aria-describedby={`${id}-max-chats-error`}
          {...register('maxActiveChats', { valueAsNumber: true })}
        />
        <FieldError id={`${id}-max-chats-error`} message={errorText(errors.maxActiveChats?.message)} />
      </div>
      <div className="grid content-start gap-1.5">
        <Label htmlFor={`${id}-active-chats`}>{t('activeChats')}</Label>
        <Input
          id={`${id}-active-chats`}
          type="number"
          inputMode="numeric"
          min={0}
          max={MAX_ACTIVE_CHATS}
          step={1}
          className="w-28"
          aria-invalid={!!errors.activeChats}
          aria-describedby={`${id}-active-chats-error`}
          {...register('activeChats', { valueAsNumber: true })}
        />
        <FieldError id={`${id}-active-chats-error`} message={errorText(errors.activeChats?.message)} />
      </div>
      <FieldDescription id={`${id}-capacity-hint`} className="sm:col-span-2">
        {t('capacityHint')}
      </FieldDescription>
    </fieldset>
  )
}
