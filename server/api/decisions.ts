import 'server-only'
// Routing answers for the API: the compiled scope (routing-state.ts) + lib/routing's decide/overflow. No rule here:
// only which inputs (instant, agents online and where that number came from) and the response shape.
import type { Db } from '@/db/connection'
import { decide, overflow } from '@/lib/routing'
import { outOfHoursText, type MessageLanguage } from '@/lib/out-of-hours'
import type { z } from 'zod'
import type { DecisionSchema } from '@/lib/api/api-schemas'
import { findScope, onlineCounts, onlineFor, organizationRouting, type CompiledScope } from './routing-state'
import { ProblemError } from './problem'

export type DecisionJson = z.infer<typeof DecisionSchema>
export type DecisionInput = {
  scope: string
  at?: string | undefined
  agentsOnline?: number | undefined
  language?: MessageLanguage | undefined
}

export function scopeRef(scope: CompiledScope) {
  return { id: scope.id, name: scope.name, configSource: scope.source }
}

export function toDecisionJson(
  scope: CompiledScope,
  at: Date,
  agentsOnline: { count: number; source: 'presence' | 'query' },
  mode: 'decide' | 'overflow',
  message: { companyName: string; language: MessageLanguage },
): DecisionJson {
  const decision = (mode === 'decide' ? decide : overflow)(scope.config, at, agentsOnline.count)
  return {
    scope: scopeRef(scope),
    at: at.toISOString(),
    responder: decision.responder,
    reason: decision.reason,
    businessOpen: decision.businessOpen,
    assistantOn: decision.assistantOn,
    until: decision.until?.toISOString() ?? null,
    nextOpening: decision.nextOpening?.toISOString() ?? null,
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
    agentsOnline,
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
  const counts = inputs.some((input) => input.agentsOnline === undefined)
    ? await onlineCounts(db, organizationId)
    : null
  return inputs.map((input, index) => {
    const scope = scopes[index]!
    const agentsOnline =
      input.agentsOnline === undefined
        ? { count: onlineFor(counts!, scope), source: 'presence' as const }
        : { count: input.agentsOnline, source: 'query' as const }
    return toDecisionJson(scope, input.at ? new Date(input.at) : now, agentsOnline, mode, {
      companyName: routing.companyName,
      language: input.language ?? 'es',
    })
  })
}
