'use client'

import { useTranslations } from 'next-intl'
import { actionErrorMessageKey } from '@/lib/actions/action-errors'

type Failure = { error: string; retryAfterMinutes?: number }

/** The one message for a failed server action (lib/actions/action-errors.ts), in the person's language. */
export function useActionErrorMessage(): (failure: Failure) => string {
  const t = useTranslations('common')
  return (failure) =>
    t(actionErrorMessageKey(failure.error) as 'actionErrors.unexpected', {
      minutes: failure.retryAfterMinutes ?? 15,
    })
}
