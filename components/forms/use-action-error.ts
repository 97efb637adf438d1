'use client'

import { useTranslations } from 'next-intl'
import { actionErrorMessageKey, plumbingFieldErrorKey } from '@/lib/actions/action-errors'

type Failure = { error: string; retryAfterMinutes?: number }

/** The one message for a failed server action (lib/actions/action-errors.ts), in the person's language. */
export function useActionErrorMessage(): (failure: Failure) => string {
  const t = useTranslations('common')
  return (failure) =>
    t(actionErrorMessageKey(failure.error) as 'actionErrors.unexpected', {
      minutes: failure.retryAfterMinutes ?? 15,
    })
}

/** The text of a plumbing field-error code (e.g. invalidCharacters), or null when the code is the form's own. */
export function usePlumbingFieldError(): (code: string) => string | null {
  const t = useTranslations('common')
  return (code) => {
    const key = plumbingFieldErrorKey(code)
    return key ? t(key as 'fieldErrors.invalidCharacters') : null
  }
}

/**
 * A field error's text for a form whose messages are codes in `${namespace}.errors`: the form's own message, the
 * plumbing's (lib/actions/action-errors.ts), or "unexpected" — never the raw code.
 */
export function useFieldErrorText(namespace: string): (code: string | undefined) => string | undefined {
  const own = useTranslations(namespace)
  const common = useTranslations('common')
  const plumbing = usePlumbingFieldError()
  return (code) => {
    if (!code) return undefined
    const key = `errors.${code}`
    return plumbing(code) ?? (own.has(key) ? own(key) : common('actionErrors.unexpected'))
  }
}
