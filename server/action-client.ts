import 'server-only'
// The plumbing every server action shares, written once (issue 13 item 4, in the spirit of dub's action client):
//
//   authorize (organization always from the session) → safeParse with the action's zod schema → field errors (capped)
//   → refuse unstorable text the schema let through
//   → run → a transient database failure, or the database unreachable, becomes { error: 'unavailable' } ("no se pudo
//   guardar, inténtalo de nuevo").
//
// Everything else an action needs (its DAL call, revalidatePath, its own failure codes) stays in the action. The
// failure codes and their messages are one table: lib/actions/action-errors.ts.
import type { z } from 'zod'
import { authorize, isAuthFailure, type Viewer } from '@/server/session'
import type { Permission } from '@/lib/auth/permissions'
import { isServiceUnavailable } from '@/server/unavailable'
import { invalid, type ActionFailure, type ActionResult } from '@/server/actions/action-result'
import { describeError } from '@/server/redact'
import { findUnstorableText } from '@/lib/text/safe-text'
import type { PlumbingFieldError } from '@/lib/actions/action-errors'

type Schema = z.ZodType

type Common<S extends Schema, Args extends unknown[], V> = {
  /** The action's input schema (the one its form uses), or a factory (e.g. for localized messages). */
  schema: S | ((viewer: V) => S | Promise<S>)
  /** Which positional arguments make the schema's input. Default: the first argument. */
  input?: (...args: Args) => unknown
}

type MemberAction<S extends Schema, T, Args extends unknown[]> = Common<S, Args, Viewer> & {
  /** What the signed-in member must be allowed to do (docs/behaviour.md §7). */
  permission: Permission
  run: (input: z.output<S>, viewer: Viewer) => Promise<ActionResult<T> | ActionFailure>
}

type PublicAction<S extends Schema, T, Args extends unknown[]> = Common<S, Args, null> & {
  /** Anyone may call it: it establishes a session (sign-in, sign-up, accepting an invitation). */
  permission: 'public'
  run: (input: z.output<S>, viewer: null) => Promise<ActionResult<T> | ActionFailure>
}

/** A member action: refused unless the signed-in member has `permission` in their organization. */
export function defineAction<S extends Schema, T, Args extends unknown[] = [input: unknown]>(
  spec: MemberAction<S, T, Args>,
): (...args: Args) => Promise<ActionResult<T>> {
  return createAction(spec)
}

/** A public action (sign-in, sign-up, accepting an invitation): validated, limited by itself, no session needed. */
export function definePublicAction<S extends Schema, T, Args extends unknown[] = [input: unknown]>(
  spec: Omit<PublicAction<S, T, Args>, 'permission'>,
): (...args: Args) => Promise<ActionResult<T>> {
  return createAction({ ...spec, permission: 'public' } as PublicAction<S, T, Args>)
}

function createAction<S extends Schema, T, Args extends unknown[]>(
  spec: MemberAction<S, T, Args> | PublicAction<S, T, Args>,
): (...args: Args) => Promise<ActionResult<T>> {
  return async function action(...args: Args): Promise<ActionResult<T>> {
    try {
      let viewer: Viewer | null = null
      if (spec.permission !== 'public') {
        const authorized = await authorize(spec.permission)
        if (isAuthFailure(authorized)) return authorized
        viewer = authorized
      }
      const schema =
        typeof spec.schema === 'function'
          ? await (spec.schema as (viewer: Viewer | null) => S | Promise<S>)(viewer)
          : spec.schema
      const raw = spec.input ? spec.input(...args) : args[0]
      const parsed = schema.safeParse(raw)
      if (!parsed.success) return invalid(parsed.error)
      // NUL bytes and lone surrogates pass most schemas but cannot be stored (issue 12 item 5): refused before
      // running. After the schema, which names a field as its form knows it (the scope settings' schema refuses
      // them itself, issue 22 item 2); this walk's path is of the raw arguments (e.g. "1.config…").
      const unstorable = findUnstorableText(raw)
      if (unstorable !== null) {
        const code: PlumbingFieldError = 'invalidCharacters'
        return { ok: false, error: 'invalid', fieldErrors: { [unstorable]: code } }
      }
      return await (spec.run as (input: unknown, viewer: Viewer | null) => Promise<ActionResult<T>>)(
        parsed.data,
        viewer,
      )
    } catch (error) {
      // Also the session lookup on an unreachable database, which better-auth rewraps (server/unavailable.ts).
      if (!isServiceUnavailable(error)) throw error
      // Nothing is half-saved (every write is one transaction); the person is told to try again.
      console.warn(`Server action failed on a transient database error: ${describeError(error)}`)
      return { ok: false, error: 'unavailable' }
    }
  }
}
