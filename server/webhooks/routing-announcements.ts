// routing.changed, the decision half: which watched scopes changed their answer at an instant. Each watched scope has
// a row in webhook_routing_state (the answer last announced). Deciding, updating those rows and writing the
// deliveries happen in ONE transaction under a row lock, so concurrent workers announce an instant once; the caller
// queues the deliveries and the next transitions after the commit (docs/decisions/008-webhooks-on-pg-boss.md).
import { randomUUID } from 'node:crypto'
import type { Db } from '@/db/connection'
import { getAllRoutingInputs } from '@/db/dal/scopes'
import { endpointsForEvent } from '@/db/dal/webhooks'
import { insertDeliveries, type NewDelivery } from '@/db/dal/webhook-deliveries'
import {
  deleteAllRoutingStates,
  deleteRoutingStates,
  lockRoutingStates,
  saveRoutingStates,
  type RoutingState,
} from '@/db/dal/webhook-routing-state'
import { decide, resolveScopeConfig, type Decision } from '@/lib/routing'
import { answerChanged, routingChangedPayload, type Answer } from '@/lib/webhooks/events'
import { newWebhookId, scopeKeyOf } from './webhook-ids'

export type Announcements = { deliveries: NewDelivery[]; next: { scopeKey: string; at: Date }[] }

/**
 * Decides the scopes (null = all) at `at` against their stored answers: announces the ones that changed, takes a
 * baseline for new ones, forgets deleted departments; returns the deliveries written and each scope's next transition.
 */
export function announceRoutingChanges(
  db: Db,
  organizationId: string,
  onlyScopeKeys: string[] | null,
  at: Date,
  sentAt: Date,
): Promise<Announcements> {
  return db.transaction(async (tx) => {
    const endpoints = await endpointsForEvent(tx, organizationId, 'routing.changed')
    if (endpoints.length === 0) {
      // Nobody listens (any more): stop watching; a new endpoint takes a fresh baseline.
      await deleteAllRoutingStates(tx, organizationId)
      return { deliveries: [], next: [] }
    }
    const inputs = await getAllRoutingInputs(tx, organizationId)
    const byKey = new Map(inputs.map((input) => [scopeKeyOf(input.scope.departmentId), input]))
    const keys = onlyScopeKeys ?? [...byKey.keys()]
    const states = await lockRoutingStates(tx, organizationId, keys)
    const gone = keys.filter((key) => !byKey.has(key) && states.has(key))
    await deleteRoutingStates(tx, organizationId, gone)

    const deliveries: NewDelivery[] = []
    const saved: (RoutingState & { scopeKey: string })[] = []
    const next: { scopeKey: string; at: Date }[] = []
    for (const scopeKey of keys) {
      const input = byKey.get(scopeKey)
      if (!input) continue
      const stored = states.get(scopeKey)
      // A newer answer is already announced (a late or duplicate job): never go back in time.
      if (stored && stored.effectiveAt.getTime() > at.getTime()) continue
      const decision: Decision = decide(
        resolveScopeConfig(input.general, input.scope),
        at,
        // §5: agents online and, of those, with room (capacity, issue 17).
        input.agents,
      )
      if (decision.until) next.push({ scopeKey, at: decision.until })
      const changed = stored !== undefined && answerChanged(stored as Answer, decision)
      saved.push({
        scopeKey,
        responder: decision.responder,
        reason: decision.reason,
        effectiveAt: changed || !stored ? at : stored.effectiveAt,
        nextTransitionAt: decision.until,
      })
      if (!changed) continue
      const payload = routingChangedPayload(
        { departmentId: input.scope.departmentId, name: input.scope.name },
        stored as Answer,
        decision,
        at,
        sentAt,
      )
      const webhookId = newWebhookId()
      const body = JSON.stringify(payload)
      for (const endpoint of endpoints) {
        deliveries.push({
          id: randomUUID(),
          endpointId: endpoint.id,
          webhookId,
          eventType: payload.type,
          payload,
          body,
        })
      }
    }
    await saveRoutingStates(tx, organizationId, saved)
    await insertDeliveries(tx, organizationId, deliveries)
    return { deliveries, next }
  })
}
