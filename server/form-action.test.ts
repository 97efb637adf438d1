import { describe, expect, it } from 'vitest'
import { formActionOf } from './form-action'
import type { ActionResult } from './actions/action-result'

function posted(fields: Record<string, string>): FormData {
  const data = new FormData()
  for (const [name, value] of Object.entries(fields)) data.set(name, value)
  data.set('$ACTION_ID_abc', '')
  return data
}

describe('formActionOf: the no-JavaScript path of a form (issue 12 item 2)', () => {
  it('passes exactly the named fields to the action and redirects to its target on success', async () => {
    const seen: unknown[] = []
    const action = formActionOf(
      async (input): Promise<ActionResult<{ redirectTo: string }>> => {
        seen.push(input)
        return { ok: true, data: { redirectTo: '/settings/schedules' } }
      },
      ['email', 'password'],
      ['email'],
    )
    const thrown = await action(null, posted({ email: 'a@b.co', password: 'secret-123', extra: 'x' })).catch(
      (error: unknown) => error,
    )
    expect(seen).toEqual([{ email: 'a@b.co', password: 'secret-123' }])
    expect((thrown as { digest?: string }).digest).toMatch(/^NEXT_REDIRECT;\w+;\/settings\/schedules;\d+;/)
  })

  it('on failure answers the failure and echoes only the listed non-secret fields, cut short', async () => {
    const action = formActionOf(
      async (): Promise<ActionResult<{ redirectTo: string }>> => ({ ok: false, error: 'invalidCredentials' }),
      ['email', 'password'],
      ['email'],
    )
    const state = await action(null, posted({ email: 'x'.repeat(5000), password: 'secret-123' }))
    expect(state).toEqual({ ok: false, error: 'invalidCredentials', values: { email: 'x'.repeat(200) } })
    expect(JSON.stringify(state)).not.toContain('secret-123')
  })

  it('a missing field reaches the action as an empty string (refused by its schema, never undefined)', async () => {
    const seen: unknown[] = []
    const action = formActionOf(
      async (input): Promise<ActionResult<{ redirectTo: string }>> => {
        seen.push(input)
        return { ok: false, error: 'invalid', fieldErrors: { password: 'passwordRequired' } }
      },
      ['email', 'password'],
      ['email'],
    )
    const state = await action(null, posted({ email: 'a@b.co' }))
    expect(seen).toEqual([{ email: 'a@b.co', password: '' }])
    expect(state).toMatchObject({
      fieldErrors: { password: 'passwordRequired' },
      values: { email: 'a@b.co' },
    })
  })
})
