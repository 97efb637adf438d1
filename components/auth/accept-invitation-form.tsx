'use client'

import { useState, useTransition } from 'react'
import { useForm } from 'react-hook-form'
import { zodResolver } from '@hookform/resolvers/zod'
import { useTranslations } from 'next-intl'
import { AcceptInvitationSchema, type AcceptInvitationInput } from '@/lib/auth/auth-schemas'
import { acceptInvitationAction, acceptInvitationFormAction } from '@/server/actions/member-actions'
import { Button } from '@/components/ui/button'
import { Alert, AlertDescription } from '@/components/ui/alert'
import { TextField } from '@/components/ui/text-field'
import { useFormActionState } from '@/components/forms/use-form-action-state'
import { useFieldErrorText } from '@/components/forms/use-action-error'

export function AcceptInvitationForm({ invitationId, email }: { invitationId: string; email: string }) {
  const t = useTranslations('auth')
  const [pending, startTransition] = useTransition()
  const noScript = useFormActionState(acceptInvitationFormAction)
  const form = useForm<AcceptInvitationInput>({
    resolver: zodResolver(AcceptInvitationSchema),
    defaultValues: { invitationId, name: noScript.value('name'), password: '' },
  })
  const { errors } = form.formState
  const msg = useFieldErrorText('auth')
  const failureMessage = (error: string) =>
    error === 'not_found'
      ? t('invitation.invalid')
      : error === 'emailTaken'
        ? t('errors.emailTaken')
        : error === 'invalid'
          ? null
          : t('errors.unexpected')
  const [formError, setFormError] = useState<string | null>(() =>
    noScript.failure ? failureMessage(noScript.failure.error) : null,
  )

  const onSubmit = form.handleSubmit((values) => {
    setFormError(null)
    noScript.clear()
    startTransition(async () => {
      const result = await acceptInvitationAction(values)
      if (result.ok) {
        window.location.assign(result.data.redirectTo)
        return
      }
      setFormError(failureMessage(result.error))
    })
  })

  return (
    // Without JavaScript the form posts to the action (issue 12 item 2); once hydrated, onSubmit takes over.
    <form action={noScript.formAction} onSubmit={onSubmit} noValidate className="space-y-4">
      <input type="hidden" name="invitationId" value={invitationId} />
      {formError ? (
        <Alert variant="destructive">
          <AlertDescription>{formError}</AlertDescription>
        </Alert>
      ) : null}
      <TextField id="invite-accept-email" label={t('signUp.email')} type="email" value={email} readOnly />
      <TextField
        id="invite-accept-name"
        label={t('signUp.name')}
        autoComplete="name"
        error={msg(errors.name?.message ?? noScript.fieldError('name'))}
        defaultValue={noScript.value('name')}
        {...form.register('name')}
      />
      <TextField
        id="invite-accept-password"
        label={t('signUp.password')}
        type="password"
        autoComplete="new-password"
        hint={t('signUp.passwordHint')}
        error={msg(errors.password?.message ?? noScript.fieldError('password'))}
        {...form.register('password')}
      />
      <Button type="submit" className="w-full" disabled={pending}>
        {t('invitation.submit')}
      </Button>
    </form>
  )
}
