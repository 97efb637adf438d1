'use client'

import { useState, useTransition } from 'react'
import { Controller, useForm } from 'react-hook-form'
import { zodResolver } from '@hookform/resolvers/zod'
import { useLocale, useTranslations } from 'next-intl'
import Link from 'next/link'
import { COUNTRIES, SignUpSchema, type SignUpInput } from '@/lib/auth/auth-schemas'
import { signUpAction } from '@/server/actions/auth-actions'
import { Button } from '@/components/ui/button'
import { Label } from '@/components/ui/label'
import { Alert, AlertDescription } from '@/components/ui/alert'
import { TextField } from '@/components/ui/text-field'
import { FieldError } from '@/components/ui/form-message'
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '@/components/ui/select'
import { TimeZonePicker } from '@/components/fields/time-zone-picker'

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
  const [formError, setFormError] = useState<string | null>(null)
  const form = useForm<SignUpInput>({
    resolver: zodResolver(SignUpSchema),
    defaultValues: {
      name: '',
      email: '',
      password: '',
      organizationName: '',
      country: 'CO',
      timeZone: 'America/Bogota',
    },
  })
  const { errors } = form.formState
  const msg = (key: string | undefined) => (key ? t(`errors.${key}` as 'errors.unexpected') : undefined)

  const onSubmit = form.handleSubmit((values) => {
    setFormError(null)
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
      error={msg(errors[name]?.message)}
      {...form.register(name)}
    />
  )

  return (
    <form onSubmit={onSubmit} method="post" noValidate className="space-y-4">
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
            <TimeZonePicker
              id="signup-timezone"
              aria-labelledby="signup-timezone-label"
              value={field.value}
              onValueChange={field.onChange}
              invalid={!!errors.timeZone}
              describedBy={errors.timeZone ? 'signup-timezone-error' : undefined}
              at={new Date(renderedAt)}
            />
          )}
        />
        <FieldError id="signup-timezone-error" message={msg(errors.timeZone?.message)} />
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
