import 'server-only'
// Routing answers for the API: the compiled scope (routing-state.ts) + lib/routing's decide/overflow. No rule here:
// only which inputs (instant, agents online and available, and where those numbers came from) and the response shape.
import type { Db } from '@/db/connection'
import { decide, overflow } from '@/lib/routing'
import { outOfHoursText, type MessageLanguage } from '@/lib/out-of-hours'
import type { z } from 'zod'
import { inInstantWindow, type DecisionSchema } from '@/lib/api/api-schemas'
import { agentsFor, findScope, onlineCounts, organizationRouting, type CompiledScope } from './routing-state'
import { ProblemError } from './problem'

export type DecisionJson = z.infer<typeof DecisionSchema>
export type DecisionInput = {
  scope: string
  at?: string | undefined
  agentsOnline?: number | undefined
  agentsAvailable?: number | undefined
  language?: MessageLanguage | undefined
}

export function scopeRef(scope: CompiledScope) {
  return { id: scope.id, name: scope.name, configSource: scope.source }
}

/** An answered instant, or null past the API's window (docs/behaviour.md §9): year 10000 has no ISO 8601 date-time. */
const inWindow = (instant: Date | null) =>
  instant && inInstantWindow(instant) ? instant.toISOString() : null

export function toDecisionJson(
  scope: CompiledScope,
  at: Date,
  agents: { online: number; available: number; source: 'presence' | 'query' },
  mode: 'decide' | 'overflow',
  message: { companyName: string; language: MessageLanguage },
): DecisionJson {
  const decision = (mode === 'decide' ? decide : overflow)(scope.config, at, agents)
  return {
    scope: scopeRef(scope),
    at: at.toISOString(),
    responder: decision.responder,
    reason: decision.reason,
    businessOpen: decision.businessOpen,
    assistantOn: decision.assistantOn,
    until: inWindow(decision.until),
    nextOpening: inWindow(decision.nextOpening),
    // As the customer receives it: the version for their language (else the main message), variables
    // ({proxima_apertura}, {empresa}…) rendered for this instant — the same function as the preview.
    outOfHoursMessage:
      decision.responder === 'closed'
        ? outOfHoursText(
            scope.outOfHours,
            { business: scope.config.business, companyName: message.companyName },
            at,
            message.language,
          ).text
        : null,
    agentsOnline: { count: agents.online, source: agents.source },
    agentsAvailable: { count: agents.available, source: agents.source },
  }
}

/** Decisions for several inputs, in order. 404 (naming the inputs) when a scope is not one of this organization's. */
export async function decideMany(
  db: Db,
  organizationId: string,
  inputs: readonly DecisionInput[],
  now: Date,
  mode: 'decide' | 'overflow',
  pathPrefix: (index: number) => string,
): Promise<DecisionJson[]> {
  const routing = await organizationRouting(db, organizationId)
  const scopes = inputs.map((input) => findScope(routing, input.scope))
  const missing = scopes.flatMap((scope, index) => (scope ? [] : [index]))
  if (missing.length) {
    throw new ProblemError(
      'not-found',
      `No scope ${missing.map((i) => `"${inputs[i]!.scope}"`).join(', ')} in this organization.`,
      { errors: missing.map((i) => ({ path: pathPrefix(i), message: 'Unknown scope' })) },
    )
  }
  // agentsAvailable only refines a sent agentsOnline (never more than it): presence counts both or neither.
  const inconsistent = inputs.flatMap((input, index) =>
    input.agentsAvailable !== undefined &&
    (input.agentsOnline === undefined || input.agentsAvailable > input.agentsOnline)
      ? [index]
      : [],
  )
  if (inconsistent.length) {
    throw new ProblemError('validation', 'agentsAvailable needs agentsOnline and cannot exceed it.', {
      errors: inconsistent.map((i) => ({
        path: pathPrefix(i).replace(/scope$/, 'agentsAvailable'),
        message: 'Send agentsOnline too, at least as large',
      })),
    })
  }
  const counts = inputs.some((input) => input.agentsOnline === undefined)
    ? await onlineCounts(db, organizationId)
    : null
  return inputs.map((input, index) => {
    const scope = scopes[index]!
    const agents =
      input.agentsOnline === undefined
        ? { ...agentsFor(counts!, scope), source: 'presence' as const }
        : {
            online: input.agentsOnline,
            available: input.agentsAvailable ?? input.agentsOnline,
            source: 'query' as const,
          }
    return toDecisionJson(scope, input.at ? new Date(input.at) : now, agents, mode, {
      companyName: routing.companyName,
      language: input.language ?? 'es',
    })
  })
}
