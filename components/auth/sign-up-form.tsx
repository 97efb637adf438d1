'use client'

import { useState, useTransition } from 'react'
import { Controller, useForm } from 'react-hook-form'
import { zodResolver } from '@hookform/resolvers/zod'
import { useLocale, useTranslations } from 'next-intl'
import Link from 'next/link'
import { COUNTRIES, SignUpSchema, type SignUpInput } from '@/lib/auth/auth-schemas'
import { signUpAction, signUpFormAction } from '@/server/actions/auth-actions'
import { Button } from '@/components/ui/button'
import { Label } from '@/components/ui/label'
import { Alert, AlertDescription } from '@/components/ui/alert'
import { TextField } from '@/components/ui/text-field'
import { FieldError } from '@/components/ui/form-message'
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '@/components/ui/select'
import { TimeZonePicker } from '@/components/fields/time-zone-picker'
import { useFormActionState } from '@/components/forms/use-form-action-state'
import { useFieldErrorText } from '@/components/forms/use-action-error'

const COUNTRY_ZONES: Record<(typeof COUNTRIES)[number], string> = {
  CO: 'America/Bogota',
  MX: 'America/Mexico_City',
  PE: 'America/Lima',
  CL: 'America/Santiago',
  AR: 'America/Argentina/Buenos_Aires',
  EC: 'America/Guayaquil',
  BR: 'America/Sao_Paulo',
  US: 'America/New_York',
  ES: 'Europe/Madrid',
}

export function SignUpForm({ renderedAt }: { renderedAt: string }) {
  const t = useTranslations('auth')
  const locale = useLocale()
  const [pending, startTransition] = useTransition()
  const noScript = useFormActionState(signUpFormAction)
  const [formError, setFormError] = useState<string | null>(() => {
    const failure = noScript.failure
    if (!failure || failure.fieldErrors) return null
    return failure.error === 'rateLimited'
      ? t('errors.rateLimited', { minutes: failure.retryAfterMinutes ?? 15 })
      : t('errors.unexpected')
  })
  const form = useForm<SignUpInput>({
    resolver: zodResolver(SignUpSchema),
    defaultValues: {
      name: noScript.value('name'),
      email: noScript.value('email'),
      password: '',
      organizationName: noScript.value('organizationName'),
      country: 'CO',
      timeZone: 'America/Bogota',
    },
  })
  const { errors } = form.formState
  const msg = useFieldErrorText('auth')
  const fieldError = (name: keyof SignUpInput) => msg(errors[name]?.message ?? noScript.fieldError(name))

  const onSubmit = form.handleSubmit((values) => {
    setFormError(null)
    noScript.clear()
    startTransition(async () => {
      const result = await signUpAction(values)
      if (result.ok) {
        window.location.assign(result.data.redirectTo)
        return
      }
      if (result.fieldErrors) {
        for (const [field, key] of Object.entries(result.fieldErrors)) {
          form.setError(field as keyof SignUpInput, { message: key })
        }
      }
      if (result.error === 'rateLimited')
        setFormError(t('errors.rateLimited', { minutes: result.retryAfterMinutes ?? 15 }))
      else if (!result.fieldErrors) setFormError(t('errors.unexpected'))
    })
  })

  const text = (
    name: 'name' | 'email' | 'password' | 'organizationName',
    type: string,
    autoComplete: string,
  ) => (
    <TextField
      id={`signup-${name}`}
      label={t(`signUp.${name}`)}
      type={type}
      autoComplete={autoComplete}
      hint={name === 'password' ? t('signUp.passwordHint') : undefined}
      error={fieldError(name)}
      // In the server HTML too (react-hook-form fills its fields only once hydrated); never the password.
      defaultValue={name === 'password' ? undefined : noScript.value(name)}
      {...form.register(name)}
    />
  )

  return (
    // Without JavaScript the form posts to the sign-up action (issue 12 item 2); once hydrated, onSubmit takes over.
    <form action={noScript.formAction} onSubmit={onSubmit} noValidate className="space-y-4">
      {formError ? (
        <Alert variant="destructive">
          <AlertDescription>{formError}</AlertDescription>
        </Alert>
      ) : null}
      {text('name', 'text', 'name')}
      {text('email', 'email', 'email')}
      {text('password', 'password', 'new-password')}
      {text('organizationName', 'text', 'organization')}
      <div className="space-y-1.5">
        <Label id="signup-country-label" htmlFor="signup-country">
          {t('signUp.country')}
        </Label>
        <Controller
          control={form.control}
          name="country"
          render={({ field }) => (
            <>
              {/* The pickers are scripted: without JavaScript the form posts their current values. */}
              <input type="hidden" name="country" value={field.value} />
              <Select
                value={field.value}
                onValueChange={(value) => {
                  field.onChange(value)
                  form.setValue('timeZone', COUNTRY_ZONES[value as keyof typeof COUNTRY_ZONES])
                }}
              >
                <SelectTrigger id="signup-country" aria-labelledby="signup-country-label" className="w-full">
                  <SelectValue>
                    {new Intl.DisplayNames([locale], { type: 'region' }).of(field.value) ?? field.value}
                  </SelectValue>
                </SelectTrigger>
                <SelectContent>
                  {COUNTRIES.map((c) => (
                    <SelectItem key={c} value={c}>
                      {new Intl.DisplayNames([locale], { type: 'region' }).of(c) ?? c}
                    </SelectItem>
                  ))}
                </SelectContent>
              </Select>
            </>
          )}
        />
      </div>
      <div className="space-y-1.5">
        <Label id="signup-timezone-label" htmlFor="signup-timezone">
          {t('signUp.timeZone')}
        </Label>
        <Controller
          control={form.control}
          name="timeZone"
          render={({ field }) => (
            <>
              <input type="hidden" name="timeZone" value={field.value} />
              <TimeZonePicker
                id="signup-timezone"
                aria-labelledby="signup-timezone-label"
                value={field.value}
                onValueChange={field.onChange}
                invalid={!!errors.timeZone}
                describedBy={errors.timeZone ? 'signup-timezone-error' : undefined}
                at={new Date(renderedAt)}
              />
            </>
          )}
        />
        <FieldError id="signup-timezone-error" message={fieldError('timeZone')} />
      </div>
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? t('signUp.submitting') : t('signUp.submit')}
      </Button>
      <p className="text-center text-sm text-muted-foreground">
        {t('signUp.haveAccount')}{' '}
        <Link href="/sign-in" className="font-medium text-primary underline underline-offset-4">
          {t('signUp.signIn')}
        </Link>
      </p>
    </form>
  )
}
