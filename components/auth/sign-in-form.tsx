'use client'

import { useState, useTransition } from 'react'
import { useForm } from 'react-hook-form'
import { zodResolver } from '@hookform/resolvers/zod'
import { useTranslations } from 'next-intl'
import { useRouter } from 'next/navigation'
import Link from 'next/link'
import { SignInSchema, type SignInInput } from '@/lib/auth/auth-schemas'
import { signInAction } from '@/server/actions/auth-actions'
import { Button } from '@/components/ui/button'
import { Alert, AlertDescription } from '@/components/ui/alert'
import { TextField } from '@/components/ui/text-field'
import { useActionErrorMessage } from '@/components/forms/use-action-error'

/** `demoHint`: the embedded demo's admin credentials, rendered only by the sign-in page of the embedded demo. */
export function SignInForm({ demoHint }: { demoHint: string | null }) {
  const t = useTranslations('auth')
  const router = useRouter()
  const [pending, startTransition] = useTransition()
  const [formError, setFormError] = useState<string | null>(null)
  const actionError = useActionErrorMessage()
  const form = useForm<SignInInput>({
    resolver: zodResolver(SignInSchema),
    defaultValues: { email: '', password: '' },
  })
  const { errors } = form.formState

  const onSubmit = form.handleSubmit((values) => {
    setFormError(null)
    startTransition(async () => {
      const result = await signInAction(values)
      if (result.ok) {
        router.replace(result.data.redirectTo)
        router.refresh()
        return
      }
      setFormError(actionError(result))
    })
  })

  return (
    <form
      onSubmit={onSubmit}
      // Submitted before JavaScript runs (or without it), a form's default GET put the password in the URL (issue
      // 12 item 2); a POST to this page only renders it again, the fields stay out of URLs, logs and history.
      method="post"
      noValidate
      className="space-y-4"
      aria-describedby={formError ? 'sign-in-error' : undefined}
    >
      {formError ? (
        <Alert variant="destructive" id="sign-in-error">
          <AlertDescription>{formError}</AlertDescription>
        </Alert>
      ) : null}
      <TextField
        id="email"
        label={t('signIn.email')}
        type="email"
        autoComplete="email"
        error={errors.email?.message ? t(`errors.${errors.email.message}`) : undefined}
        {...form.register('email')}
      />
      <TextField
        id="password"
        label={t('signIn.password')}
        type="password"
        autoComplete="current-password"
        error={errors.password?.message ? t(`errors.${errors.password.message}`) : undefined}
        {...form.register('password')}
      />
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? t('signIn.submitting') : t('signIn.submit')}
      </Button>
      <p className="text-center text-sm text-muted-foreground">
        {t('signIn.noAccount')}{' '}
        <Link href="/sign-up" className="font-medium text-primary underline underline-offset-4">
          {t('signIn.createAccount')}
        </Link>
      </p>
      {demoHint ? <p className="text-center text-xs text-muted-foreground">{demoHint}</p> : null}
    </form>
  )
}
