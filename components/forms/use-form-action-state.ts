'use client'

import { useActionState, useState } from 'react'
import type { FormActionState } from '@/server/actions/action-result'

/**
 * The no-JavaScript path of a form (issue 12 item 2): `formAction` goes on the <form action>, so a submission
 * before hydration is a POST to the server action, never a GET with the fields in the URL. Once hydrated, the form's
 * own onSubmit (react-hook-form) prevents that default and calls the action itself; `clear()` then drops the errors
 * of the earlier no-JavaScript attempt.
 */
export function useFormActionState(
  action: (state: FormActionState, data: FormData) => Promise<FormActionState>,
) {
  const [state, formAction] = useActionState(action, null)
  const [failure, setFailure] = useState(state)
  return {
    formAction,
    failure,
    /** A value typed before the failed no-JavaScript submission (never a password). */
    value: (field: string) => state?.values[field] ?? '',
    fieldError: (field: string) => failure?.fieldErrors?.[field],
    clear: () => setFailure(null),
  }
}
