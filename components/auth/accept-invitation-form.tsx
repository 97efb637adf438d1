'use client'

import { useState, useTransition } from 'react'
import { useForm } from 'react-hook-form'
import { zodResolver } from '@hookform/resolvers/zod'
import { useTranslations } from 'next-intl'
import { AcceptInvitationSchema, type AcceptInvitationInput } from '@/lib/auth/auth-schemas'
import { acceptInvitationAction } from '@/server/actions/member-actions'
import { Button } from '@/components/ui/button'
import { Input } from '@/components/ui/input'
import { Label } from '@/components/ui/label'
import { Alert, AlertDescription } from '@/components/ui/alert'
import { FieldError } from '@/components/ui/form-message'

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
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {formError ? (
        <Alert variant="destructive">
          <AlertDescription>{formError}</AlertDescription>
        </Alert>
      ) : null}
      <div className="space-y-1.5">
        <Label htmlFor="invite-accept-email">{t('signUp.email')}</Label>
        <Input id="invite-accept-email" type="email" value={email} readOnly />
      </div>
      <div className="space-y-1.5">
        <Label htmlFor="invite-accept-name">{t('signUp.name')}</Label>
        <Input
          id="invite-accept-name"
          autoComplete="name"
          aria-invalid={!!errors.name}
          aria-describedby={errors.name ? 'invite-accept-name-error' : undefined}
          {...form.register('name')}
        />
        <FieldError id="invite-accept-name-error" message={msg(errors.name?.message)} />
      </div>
      <div className="space-y-1.5">
        <Label htmlFor="invite-accept-password">{t('signUp.password')}</Label>
        <Input
          id="invite-accept-password"
          type="password"
          autoComplete="new-password"
          aria-invalid={!!errors.password}
          aria-describedby={errors.password ? 'invite-accept-password-error' : 'invite-accept-password-hint'}
          {...form.register('password')}
        />
        {errors.password ? null : (
          <p id="invite-accept-password-hint" className="text-xs text-muted-foreground">
            {t('signUp.passwordHint')}
          </p>
        )}
        <FieldError id="invite-accept-password-error" message={msg(errors.password?.message)} />
      </div>
      <Button type="submit" className="w-full" disabled={pending}>
        {t('invitation.submit')}
      </Button>
    </form>
  )
}
