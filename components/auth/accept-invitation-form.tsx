'use client'

import { useState, useTransition } from 'react'
import { useForm } from 'react-hook-form'
import { zodResolver } from '@hookform/resolvers/zod'
import { useTranslations } from 'next-intl'
import { AcceptInvitationSchema, type AcceptInvitationInput } from '@/lib/auth/auth-schemas'
import { acceptInvitationAction } from '@/server/actions/member-actions'
import { Button } from '@/components/ui/button'
import { Alert, AlertDescription } from '@/components/ui/alert'
import { TextField } from '@/components/ui/text-field'

export function AcceptInvitationForm({ invitationId, email }: { invitationId: string; email: string }) {
  const t = useTranslations('auth')
  const [pending, startTransition] = useTransition()
  const [formError, setFormError] = useState<string | null>(null)
  const form = useForm<AcceptInvitationInput>({
    resolver: zodResolver(AcceptInvitationSchema),
    defaultValues: { invitationId, name: '', password: '' },
  })
  const { errors } = form.formState
  const msg = (key: string | undefined) => (key ? t(`errors.${key}` as 'errors.unexpected') : undefined)

  const onSubmit = form.handleSubmit((values) => {
    setFormError(null)
    startTransition(async () => {
      const result = await acceptInvitationAction(values)
      if (result.ok) {
        window.location.assign(result.data.redirectTo)
        return
      }
      if (result.error === 'not_found') setFormError(t('invitation.invalid'))
      else if (result.error === 'emailTaken') setFormError(t('errors.emailTaken'))
      else if (result.error !== 'invalid') setFormError(t('errors.unexpected'))
    })
  })

  return (
    <form onSubmit={onSubmit} method="post" noValidate className="space-y-4">
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
        error={msg(errors.name?.message)}
        {...form.register('name')}
      />
      <TextField
        id="invite-accept-password"
        label={t('signUp.password')}
        type="password"
        autoComplete="new-password"
        hint={t('signUp.passwordHint')}
        error={msg(errors.password?.message)}
        {...form.register('password')}
      />
      <Button type="submit" className="w-full" disabled={pending}>
        {t('invitation.submit')}
      </Button>
    </form>
  )
}
