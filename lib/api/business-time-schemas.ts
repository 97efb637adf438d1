// Issue 26 item 6 — request and response shapes of GET /api/v1/scopes/{scope}/business-time and …/business-time/add
// (docs/behaviour.md §4.1, §9); the route handlers parse with them and lib/api/openapi.ts documents them.
import { z } from 'zod'
import { BUSINESS_TIME_HORIZON_DAYS, BUSINESS_TIME_HORIZON_MS } from '../schedule/business-time'
import { Instant, INSTANT_WINDOW, InstantOut, ScopeRefSchema } from './api-schemas'
import { BUSINESS_TIME_OF, MAX_BUSINESS_TIME_MINUTES } from './business-time'

const OfQuery = z.enum(BUSINESS_TIME_OF, { message: 'Expected business or assistant' }).meta({
  description:
    'Whose hours the clock follows: `business` (default) or `assistant` (the hours it is on: its own, 24/7 without them, none while switched off; 400 when the scope has no assistant).',
})
const Of = z.enum(BUSINESS_TIME_OF)

// Digits only, as the other counts: z.coerce.number would read "" as 0 and "1e3" as a number.
const MinutesQuery = z.preprocess(
  (value) => (typeof value === 'string' && /^\d{1,8}$/.test(value) ? Number(value) : value),
  z
    .number({ message: 'Expected a whole number of minutes' })
    .int({ message: 'Expected a whole number of minutes' })
    .min(0, { message: 'Expected 0 or more' })
    .max(MAX_BUSINESS_TIME_MINUTES, { message: `Expected at most ${MAX_BUSINESS_TIME_MINUTES}` }),
)

export const BusinessTimeQuerySchema = z.strictObject({
  from: Instant.meta({
    description: `Start of the span, ${INSTANT_WINDOW}.`,
    example: '2026-12-04T16:00:00Z',
  }),
  to: Instant.meta({
    description: `End of the span: at or after from, at most ${BUSINESS_TIME_HORIZON_DAYS} days after it.`,
    example: '2026-12-07T10:00:00Z',
  }),
  of: OfQuery.optional(),
})

export const BusinessTimeAddQuerySchema = z.strictObject({
  at: Instant.meta({
    description: `Where counting starts, ${INSTANT_WINDOW}.`,
    example: '2026-12-04T16:00:00Z',
  }),
  minutes: MinutesQuery.meta({
    description: `Business minutes to add, 0 to ${MAX_BUSINESS_TIME_MINUTES}.`,
    example: 120,
  }),
  of: OfQuery.optional(),
})

export const BusinessTimeSchema = z
  .object({
    scope: ScopeRefSchema,
    of: Of,
    timeZone: z.string(),
    from: InstantOut,
    to: InstantOut,
    businessMinutes: z
      .int()
      .min(0)
      .max(BUSINESS_TIME_HORIZON_MS / 60_000)
      .meta({ description: 'Whole minutes of open time in [from, to), truncated.' }),
    businessSeconds: z
      .int()
      .min(0)
      .max(BUSINESS_TIME_HORIZON_MS / 1000)
      .meta({ description: 'The same in whole seconds.' }),
  })
  .meta({ id: 'BusinessTime' })

export const BusinessTimeAddSchema = z
  .object({
    scope: ScopeRefSchema,
    of: Of,
    timeZone: z.string(),
    at: InstantOut,
    minutes: z.int().min(0).max(MAX_BUSINESS_TIME_MINUTES),
    result: InstantOut.nullable().meta({
      description: `The first open instant after which \`minutes\` of open time have elapsed since at (counting from the next opening when at is closed; minutes = 0 gives at, or the next opening). null when not within ${BUSINESS_TIME_HORIZON_DAYS} days of at (or by 9999-12-31T23:59:59.999Z).`,
    }),
  })
  .meta({ id: 'BusinessTimeAdd' })
