import 'server-only'
// A form that carries a secret must work before (or without) JavaScript through a POST (issue 12 item 2): React 19
// posts the form to its server action, Next.js runs it and renders the page again with the returned state, or
// follows the action's redirect. Once hydrated, the same forms validate in the browser and call the JSON-shaped
// action themselves (react-hook-form), so this is only the no-JavaScript path.
import { redirect } from 'next/navigation'
import type { ActionResult, FormActionState } from '@/server/actions/action-result'

/**
 * The no-JavaScript twin of an action whose success is a redirect: reads `fields` from the posted form, runs the
 * action, redirects on success; on failure the page renders again with the errors and the `echo` fields refilled
 * (never a password: the state is part of the page's HTML).
 */
export function formActionOf<T extends { redirectTo: string }>(
  action: (input: unknown) => Promise<ActionResult<T>>,
  fields: readonly string[],
  echo: readonly string[],
): (previous: FormActionState, formData: FormData) => Promise<FormActionState> {
  return async (_previous, formData) => {
    const input = Object.fromEntries(fields.map((field) => [field, formData.get(field) ?? '']))
    const result = await action(input)
    if (result.ok) redirect(result.data.redirectTo)
    const values = Object.fromEntries(
      // Cut short: a huge value refused by the schema is not sent back in full (issue 12 item 9).
      echo.flatMap((field) =>
        typeof input[field] === 'string' ? [[field, input[field].slice(0, 200)]] : [],
      ),
    )
    return { ...result, values }
  }
}
