// Every way a server action can fail, and the one message each failure shows (namespace `common.actionErrors` of
// messages/*/common.json). A form may say something more specific for a code it handles itself (a field error, the
// save conflict banner); everything else goes through this table, so a new code cannot reach a person as a raw enum.

export const ACTION_ERRORS = [
  'invalid',
  'unauthenticated',
  'forbidden',
  'not_found',
  'conflict',
  'rateLimited',
  'invalidCredentials',
  'emailTaken',
  'noOrganization',
  'last_admin',
  'already_member',
  'duplicate_name',
  // A transient database failure (restart, lost connection, serialization failure): nothing was saved, retry.
  'unavailable',
  // Webhooks (issue 15): the organization has the most endpoints allowed; the delivery service is not running here.
  'too_many_endpoints',
  'webhooks_unavailable',
] as const

export type ActionError = (typeof ACTION_ERRORS)[number]

/** Message key (under `common`) per failure code. */
export const ACTION_ERROR_MESSAGE: Record<ActionError, `actionErrors.${string}`> = {
  invalid: 'actionErrors.invalid',
  unauthenticated: 'actionErrors.unauthenticated',
  forbidden: 'actionErrors.forbidden',
  not_found: 'actionErrors.notFound',
  conflict: 'actionErrors.conflict',
  rateLimited: 'actionErrors.rateLimited',
  invalidCredentials: 'actionErrors.invalidCredentials',
  emailTaken: 'actionErrors.emailTaken',
  noOrganization: 'actionErrors.noOrganization',
  last_admin: 'actionErrors.lastAdmin',
  already_member: 'actionErrors.alreadyMember',
  duplicate_name: 'actionErrors.duplicateName',
  unavailable: 'actionErrors.unavailable',
  too_many_endpoints: 'actionErrors.tooManyEndpoints',
  webhooks_unavailable: 'actionErrors.webhooksUnavailable',
}

/** The message key for any failure code, also one an older client does not know (falls back to "unexpected"). */
export function actionErrorMessageKey(error: string): `actionErrors.${string}` {
  return (
    (ACTION_ERROR_MESSAGE as Record<string, `actionErrors.${string}`>)[error] ?? 'actionErrors.unexpected'
  )
}

/**
 * Field-error codes the action plumbing gives itself (server/action-client.ts), whatever the form: a form's own
 * table (its namespace's `errors`) does not know them, so they have one message each under `common.fieldErrors`.
 */
export const PLUMBING_FIELD_ERRORS = ['invalidCharacters'] as const

export type PlumbingFieldError = (typeof PLUMBING_FIELD_ERRORS)[number]

const PLUMBING_FIELD_ERROR_MESSAGE: Record<PlumbingFieldError, `fieldErrors.${string}`> = {
  invalidCharacters: 'fieldErrors.invalidCharacters',
}

/** The message key (under `common`) of a plumbing field-error code, or null for a form's own code. */
export function plumbingFieldErrorKey(code: string): `fieldErrors.${string}` | null {
  return (PLUMBING_FIELD_ERROR_MESSAGE as Record<string, `fieldErrors.${string}`>)[code] ?? null
}
