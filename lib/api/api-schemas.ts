// Issue 14 — the public API v1's request and response shapes, declared once: route handlers parse with them and
// the OpenAPI document (lib/api/openapi.ts) is generated from them. The settings body is the editor's own schema
// (lib/settings/scope-settings-schema.ts), so the API accepts exactly what the Horarios page saves.
import { z } from 'zod'
import { ScopeSettingsSchema } from '../settings/scope-settings-schema'
import type { Reason, Responder } from '../routing/types'
import { MAX_ACTIVE_CHATS, MAX_MAX_ACTIVE_CHATS, MIN_MAX_ACTIVE_CHATS } from '../routing/capacity'
import { MAX_EFFECTIVE_HOURS_DAYS } from './effective-hours'
import { MESSAGE_LANGUAGES } from '../out-of-hours/phrases'

export const RESPONDERS = ['agents', 'assistant', 'queue', 'closed'] as const satisfies readonly Responder[]
export const REASONS = [
  'assistant_first',
  'assistant_unavailable',
  'agents_first',
  'no_agents_online',
  'agents_at_capacity',
  'outside_business_hours',
] as const satisfies readonly Reason[]
export const MAX_BATCH_DECISIONS = 200
export const MAX_AGENTS_ONLINE = 100_000

// ---------------------------------------------------------------------------------------------------------------
// Shared pieces
// ---------------------------------------------------------------------------------------------------------------

// Every integer the API answers with has its real bounds: without them the document says ±2^53 and generated
// examples read "version": -9007199254740991 (issue 22 item 10).
/** A settings version: starts at 1 (a CHECK in the database), a PostgreSQL integer. */
const VersionOut = z.number().int().min(1).max(2_147_483_647)
const AgentCount = z.number().int().min(0).max(MAX_AGENTS_ONLINE)
const ActiveChatsOut = z.number().int().min(0).max(MAX_ACTIVE_CHATS)
const MaxActiveChatsOut = z.number().int().min(MIN_MAX_ACTIVE_CHATS).max(MAX_MAX_ACTIVE_CHATS)

export const ScopeIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,128}$/, { message: 'Expected "general" or a department id' })
  .meta({
    id: 'ScopeId',
    description: '`general` for the General configuration, or a department id (from GET /api/v1/scopes).',
    example: 'general',
  })

// The window of instants and local dates the API takes (issue 22 item 8, docs/behaviour.md §9). Outside it the
// answer is a 400 naming the field: before 1900 zone data and the engine were never checked (a decision in year 0
// once said "closed until 0001-01-11"), and past it an ISO 8601 date-time has no four-digit year. The last local
// date is the 30th: the hours of a date end on the next one, which must still be in the window.
export const MIN_API_INSTANT = '1900-01-01T00:00:00.000Z'
export const MAX_API_INSTANT = '9999-12-31T23:59:59.999Z'
export const MIN_API_DATE = '1900-01-01'
export const MAX_API_DATE = '9999-12-30'
const MIN_INSTANT_MS = Date.parse(MIN_API_INSTANT)
const MAX_INSTANT_MS = Date.parse(MAX_API_INSTANT)
export const INSTANT_WINDOW = 'from 1900-01-01T00:00:00Z to 9999-12-31T23:59:59.999Z'

/** Whether `at` lies in the API's window; instants the API answers with (`until`…) past it are null. */
export function inInstantWindow(at: Date): boolean {
  const ms = at.getTime()
  return ms >= MIN_INSTANT_MS && ms <= MAX_INSTANT_MS
}

export const Instant = z.iso
  .datetime({ offset: true, message: 'Expected an ISO 8601 instant, e.g. 2026-12-01T15:00:00Z' })
  .refine((value) => inInstantWindow(new Date(value)), { message: `Expected an instant ${INSTANT_WINDOW}` })
  .meta({ description: `An ISO 8601 instant ${INSTANT_WINDOW}.`, example: '2026-12-01T15:00:00Z' })
export const InstantOut = z.iso.datetime({ offset: true })

// Digits only: z.coerce.number would read "" and " " as 0, and "1e1" or "0x10" as numbers.
const AgentsOnlineQuery = z.preprocess(
  (value) => (typeof value === 'string' && /^\d{1,7}$/.test(value) ? Number(value) : value),
  z
    .number({ message: 'Expected a whole number of agents' })
    .int({ message: 'Expected a whole number of agents' })
    .min(0, { message: 'Expected 0 or more' })
    .max(MAX_AGENTS_ONLINE, { message: `Expected at most ${MAX_AGENTS_ONLINE}` }),
)

export const ScopeRefSchema = z
  .object({
    id: z.string().meta({ description: '`general` or the department id', example: 'dep_aurora_ventas' }),
    name: z.string().meta({ example: 'Ventas' }),
    configSource: z.enum(['general', 'own']).meta({
      description: "`general`: this scope routes with General's configuration; `own`: with its own.",
    }),
  })
  .meta({ id: 'ScopeRef' })

export const ProblemSchema = z
  .object({
    type: z.string().meta({
      description: 'A URI identifying the kind of problem',
      example: 'urn:horarios:problem:validation',
    }),
    title: z.string(),
    status: z.number().int().min(400).max(599).meta({ example: 400 }),
    detail: z.string().optional(),
    instance: z.string().optional(),
    requestId: z.string().optional(),
    errors: z
      .array(
        z.object({
          path: z.string().meta({ example: 'config.business.weekly.mon.0.start' }),
          message: z.string(),
        }),
      )
      .optional()
      .meta({ description: 'Validation errors: each field path and its message.' }),
  })
  .meta({ id: 'Problem', description: 'RFC 9457 problem details (application/problem+json).' })

// ---------------------------------------------------------------------------------------------------------------
// Scopes
// ---------------------------------------------------------------------------------------------------------------

export const ScopeSummarySchema = z
  .object({
    id: z.string().meta({ example: 'general' }),
    name: z.string(),
    usesGeneral: z.boolean().meta({ description: "A department routing with General's configuration" }),
    timeZone: z.string().meta({ example: 'America/Bogota' }),
    version: VersionOut.meta({ description: 'Changes on every save; the ETag of its settings.', example: 3 }),
  })
  .meta({ id: 'ScopeSummary' })

export const ScopeListSchema = z.object({ scopes: z.array(ScopeSummarySchema) }).meta({ id: 'ScopeList' })

// ---------------------------------------------------------------------------------------------------------------
// Routing decisions
// ---------------------------------------------------------------------------------------------------------------

const MessageLanguageSchema = z.enum(MESSAGE_LANGUAGES, { message: 'Expected es, en or pt-BR' }).meta({
  description: 'Language of the variables in the out-of-hours message ({proxima_apertura}…); default es.',
})

export const DecisionQuerySchema = z.strictObject({
  scope: ScopeIdSchema,
  language: MessageLanguageSchema.optional(),
  at: Instant.optional().meta({
    description: `The moment to decide for (default: now), ${INSTANT_WINDOW}.`,
  }),
  agentsOnline: AgentsOnlineQuery.optional().meta({
    description: "Agents online to assume (default: the scope's current presence count).",
  }),
  agentsAvailable: AgentsOnlineQuery.optional().meta({
    description:
      'Of those, agents with room for one more chat (§5 capacity). Only with agentsOnline, at most that many; default: all of them.',
  }),
})

export const DecisionRequestSchema = z
  .strictObject({
    scope: ScopeIdSchema,
    at: Instant.optional(),
    agentsOnline: AgentCount.optional(),
    agentsAvailable: AgentCount.optional(),
    language: MessageLanguageSchema.optional(),
  })
  .meta({ id: 'DecisionRequest' })

export const BatchDecisionRequestSchema = z
  .strictObject({ requests: z.array(DecisionRequestSchema).min(1).max(MAX_BATCH_DECISIONS) })
  .meta({ id: 'BatchDecisionRequest' })

export const DecisionSchema = z
  .object({
    scope: ScopeRefSchema,
    at: InstantOut,
    responder: z.enum(RESPONDERS),
    reason: z.enum(REASONS),
    businessOpen: z.boolean(),
    assistantOn: z.boolean(),
    until: InstantOut.nullable().meta({
      description:
        'First instant after `at` where the responder or reason changes; null if none within 400 days (or by 9999-12-31T23:59:59.999Z).',
    }),
    nextOpening: InstantOut.nullable().meta({
      description:
        'When business hours next open (only when closed; null if not by 9999-12-31T23:59:59.999Z).',
    }),
    outOfHoursMessage: z.string().nullable().meta({
      description:
        'The message customers get, as they get it (variables rendered for `at`), when the responder is `closed`; otherwise null.',
    }),
    agentsOnline: z.object({
      count: AgentCount.meta({ example: 3 }),
      source: z.enum(['presence', 'query']).meta({
        description: '`presence`: counted from the agents online now; `query`: the value you sent.',
      }),
    }),
    agentsAvailable: z
      .object({ count: AgentCount.meta({ example: 2 }), source: z.enum(['presence', 'query']) })
      .meta({
        description:
          'Agents online with room for one more chat (active chats below their maximum) — what §5 decides with.',
      }),
  })
  .meta({ id: 'Decision' })

export const BatchDecisionResponseSchema = z
  .object({ decisions: z.array(DecisionSchema) })
  .meta({ id: 'BatchDecisionResponse' })

// ---------------------------------------------------------------------------------------------------------------
// Effective hours
// ---------------------------------------------------------------------------------------------------------------

const LocalDate = z.iso
  .date({ message: 'Expected a date YYYY-MM-DD' })
  .refine((value) => value >= MIN_API_DATE && value <= MAX_API_DATE, {
    message: `Expected a date from ${MIN_API_DATE} to ${MAX_API_DATE}`,
  })

export const EffectiveHoursQuerySchema = z.strictObject({
  from: LocalDate.meta({
    description: `First local date (inclusive), ${MIN_API_DATE} to ${MAX_API_DATE}`,
    example: '2026-12-01',
  }),
  to: LocalDate.meta({
    description: `Last local date (inclusive), at most ${MAX_API_DATE}; at most ${MAX_EFFECTIVE_HOURS_DAYS} days after from`,
    example: '2026-12-31',
  }),
})

const IntervalSchema = z
  .object({
    start: InstantOut,
    end: InstantOut,
    localStart: z.string().meta({ example: '2026-12-01T09:00' }),
    localEnd: z.string().meta({ example: '2026-12-01T18:00' }),
  })
  .meta({ id: 'Interval', description: "Half-open [start, end), in UTC and on the scope's wall clock." })

export const EffectiveHoursSchema = z
  .object({
    scope: ScopeRefSchema,
    timeZone: z.string(),
    from: z.string(),
    to: z.string(),
    business: z.array(IntervalSchema),
    assistant: z
      .array(IntervalSchema)
      .nullable()
      .meta({ description: 'The assistant on: null without an assistant, empty when it is switched off.' }),
  })
  .meta({ id: 'EffectiveHours' })

// ---------------------------------------------------------------------------------------------------------------
// Settings: the editor's schema
// ---------------------------------------------------------------------------------------------------------------

export const ScopeSettingsBodySchema = ScopeSettingsSchema.meta({
  id: 'ScopeSettingsBody',
  description: 'What the Horarios editor saves for a scope: { usesGeneral, config }.',
})

export const ScopeSettingsResponseSchema = z
  .object({
    scope: ScopeRefSchema,
    version: VersionOut.meta({ example: 3 }),
    updatedAt: InstantOut,
    usesGeneral: z.boolean(),
    config: z.unknown().meta({ description: "The scope's own configuration (same shape as the PUT body)." }),
  })
  .meta({ id: 'ScopeSettings' })

// ---------------------------------------------------------------------------------------------------------------
// Agents
// ---------------------------------------------------------------------------------------------------------------

export const PRESENCES = ['online', 'away', 'offline'] as const

export const AgentSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    email: z.string().nullable(),
    presence: z.enum(PRESENCES),
    presenceUpdatedAt: InstantOut,
    departmentIds: z.array(z.string()),
    activeChats: ActiveChatsOut.meta({ description: 'Active chats now, as last reported.', example: 2 }),
    maxActiveChats: MaxActiveChatsOut.meta({
      description: 'Maximum simultaneous active chats (1–200).',
      example: 20,
    }),
    available: z.boolean().meta({ description: 'Online and below the maximum (§5 capacity).' }),
  })
  .meta({ id: 'Agent' })

export const AgentListSchema = z.object({ agents: z.array(AgentSchema) }).meta({ id: 'AgentList' })

export const PresenceBodySchema = z
  .strictObject({ presence: z.enum(PRESENCES, { message: 'Expected online, away or offline' }) })
  .meta({ id: 'PresenceBody' })

const ActiveChats = z
  .number({ message: 'Expected a whole number of active chats' })
  .int({ message: 'Expected a whole number of active chats' })
  .min(0, { message: 'Expected 0 or more' })
  .max(MAX_ACTIVE_CHATS, { message: `Expected at most ${MAX_ACTIVE_CHATS}` })

export const MAX_BATCH_LOADS = 1_000

export const LoadBodySchema = z
  .strictObject({ activeChats: ActiveChats.meta({ description: 'The agent’s active chats now.' }) })
  .meta({ id: 'LoadBody' })

export const LoadBatchBodySchema = z
  .strictObject({
    agents: z
      .array(z.strictObject({ id: z.string().regex(/^[A-Za-z0-9_-]{1,128}$/), activeChats: ActiveChats }))
      .min(1)
      .max(MAX_BATCH_LOADS),
  })
  .meta({ id: 'LoadBatchBody' })

export const AgentLoadSchema = z
  .object({
    id: z.string(),
    activeChats: ActiveChatsOut.meta({ example: 2 }),
    maxActiveChats: MaxActiveChatsOut.meta({ example: 20 }),
    available: z.boolean().meta({ description: 'Online and below the maximum (§5 capacity).' }),
  })
  .meta({ id: 'AgentLoad' })

export const AgentLoadListSchema = z
  .object({ agents: z.array(AgentLoadSchema) })
  .meta({ id: 'AgentLoadList' })

export const AgentIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,128}$/)

export const HealthSchema = z.object({ status: z.enum(['ok']) }).meta({ id: 'Health' })
export const ReadySchema = z
  .object({ status: z.enum(['ready', 'unavailable']), checks: z.record(z.string(), z.string()) })
  .meta({ id: 'Ready' })
