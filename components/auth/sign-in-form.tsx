'use client'

import { useState, useTransition } from 'react'
import { useForm } from 'react-hook-form'
import { zodResolver } from '@hookform/resolvers/zod'
import { useTranslations } from 'next-intl'
import { useRouter } from 'next/navigation'
import Link from 'next/link'
import { SignInSchema, type SignInInput } from '@/lib/auth/auth-schemas'
import { signInAction, signInFormAction } from '@/server/actions/auth-actions'
import { Button } from '@/components/ui/button'
import { Alert, AlertDescription } from '@/components/ui/alert'
import { TextField } from '@/components/ui/text-field'
import { useActionErrorMessage, useFieldErrorText } from '@/components/forms/use-action-error'
import { useFormActionState } from '@/components/forms/use-form-action-state'

/** `demoHint`: the embedded demo's admin credentials, rendered only by the sign-in page of the embedded demo. */
export function SignInForm({ demoHint }: { demoHint: string | null }) {
  const t = useTranslations('auth')
  const router = useRouter()
  const [pending, startTransition] = useTransition()
  const actionError = useActionErrorMessage()
  const noScript = useFormActionState(signInFormAction)
  const [formError, setFormError] = useState<string | null>(() =>
    noScript.failure && !noScript.failure.fieldErrors ? actionError(noScript.failure) : null,
  )
  const form = useForm<SignInInput>({
    resolver: zodResolver(SignInSchema),
    defaultValues: { email: noScript.value('email'), password: '' },
  })
  const { errors } = form.formState
  const fieldErrorText = useFieldErrorText('auth')
  const fieldError = (name: keyof SignInInput) =>
    fieldErrorText(errors[name]?.message ?? noScript.fieldError(name))

  const onSubmit = form.handleSubmit((values) => {
    setFormError(null)
    noScript.clear()
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
      // Submitted before JavaScript runs (or without it), a form's default GET put the password in the URL (issue
      // 12 item 2): it is posted to the sign-in action instead; once hydrated, onSubmit takes over.
      action={noScript.formAction}
      onSubmit={onSubmit}
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
        error={fieldError('email')}
        // In the server HTML too (react-hook-form fills its fields only once hydrated): the email typed before.
        defaultValue={noScript.value('email')}
        {...form.register('email')}
      />
      <TextField
        id="password"
        label={t('signIn.password')}
        type="password"
        autoComplete="current-password"
        error={fieldError('password')}
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
