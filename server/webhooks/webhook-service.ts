// Webhooks (issue 15): turns saves, presence changes and schedule transitions into signed Standard Webhooks
// deliveries, durably, through pg-boss. See docs/decisions/008-webhooks-on-pg-boss.md.
//
//   routing.changed   Each watched scope has a row in webhook_routing_state (the answer last announced). A pg-boss
//                     job waits (startAfter) for the exact instant decide() gives as `until`; at that instant, and
//                     right after every save or presence change, the scope is re-decided. If responder or reason
//                     differ from the stored answer, the row is updated and deliveries are written in the SAME
//                     transaction (row lock: concurrent workers announce an instant once), then the next
//                     transition is scheduled. Stale jobs (the schedule changed meanwhile) find nothing to announce.
//   settings.updated, presence.changed   written as deliveries right after the save / presence change.
//   delivery          one pg-boss job per attempt: sign (current secret, and the previous one for 24 h after a
//                     rotation), POST through the SSRF guard with a 10 s timeout, record the outcome; on failure the
//                     next attempt is a new job with startAfter = exponential backoff (the log shows that time).
//
// Time is injectable: `clock.now()` is "now" for decisions and payloads; a job for instant T is queued to start
// T − clock.now() from the real now, so tests run 18:00 with a clock set to 17:59:59.
import { createHash, randomUUID } from 'node:crypto'
import { Webhook } from 'standardwebhooks'
import type { ChangeFeed, ChangeMessage } from '@/db/change-feed'
import type { Db, SqlExecutor } from '@/db/connection'
import { DELIVERY_QUEUE, openQueue, ROUTING_TRANSITION_QUEUE, type PgBoss } from '@/db/queue'
import { getAgent } from '@/db/dal/agents'
import { listDepartments } from '@/db/dal/departments'
import { getAllRoutingInputs } from '@/db/dal/scopes'
import {
  cancelDelivery,
  deleteAllRoutingStates,
  deleteRoutingStates,
  endpointsForEvent,
  getDelivery,
  getDeliveryToSend,
  getSaveSummary,
  insertDeliveries,
  lockRoutingStates,
  organizationsWithEndpointsFor,
  pendingDeliveriesOlderThan,
  recordDeliveryAttempt,
  saveRoutingStates,
  type NewDelivery,
  type RoutingState,
} from '@/db/dal/webhooks'
import { decide, resolveScopeConfig, type Decision } from '@/lib/routing'
import type { WebhookUrlPolicy } from '@/lib/webhooks/address-policy'
import {
  DEFAULT_RETRY_SCHEDULE,
  isSuccessStatus,
  REQUEST_TIMEOUT_MS,
  retryDelayMs,
  type RetrySchedule,
} from '@/lib/webhooks/delivery-policy'
import {
  answerChanged,
  changedSections,
  presenceChangedPayload,
  routingChangedPayload,
  settingsUpdatedPayload,
  testEventPayload,
  type Answer,
  type WebhookEvent,
  type WebhookPayload,
} from '@/lib/webhooks/events'
import { guardedPost, RefusedUrlError } from './guarded-fetch'
import { decryptSecret } from './secret-box'

export type Clock = { now(): Date }
export const systemClock: Clock = { now: () => new Date() }

/** General's key in webhook_routing_state (department ids match [A-Za-z0-9_-], so '@' never collides). */
export const GENERAL_SCOPE_KEY = '@general'

export type WebhookServiceOptions = {
  db: Db
  executeSql: SqlExecutor
  clock?: Clock
  policy: WebhookUrlPolicy
  secretKey: Buffer
  retry?: RetrySchedule
  requestTimeoutMs?: number
  pollingIntervalSeconds?: number
  /** Jobs fetched per poll (and processed concurrently) by each worker. */
  batchSize?: number
  /** Logs a line per event (off in tests). */
  log?: (line: string) => void
}

type TransitionJob = { organizationId: string; scopeKey: string; effectiveAt: string }
type DeliveryJob = { organizationId: string; deliveryId: string }

export type SettingsSavedEvent = { departmentId: string | null; version: number }

function scopeKeyOf(departmentId: string | null): string {
  return departmentId ?? GENERAL_SCOPE_KEY
}

function newWebhookId(): string {
  return `msg_${randomUUID().replace(/-/g, '')}`
}

/** A uuid derived from a string: the same attempt of the same delivery always gets the same pg-boss job id. */
function stableJobId(seed: string): string {
  const hex = createHash('sha256').update(seed).digest('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`
}

export class WebhookService {
  readonly clock: Clock
  private boss: PgBoss | null = null
  private transitionWorker: string | null = null
  /** Wake-up timers for transitions due soon, by real due time (see wakeAt). */
  private readonly wakeTimers = new Map<number, NodeJS.Timeout>()
  private readonly retry: RetrySchedule
  private readonly db: Db

  constructor(private readonly options: WebhookServiceOptions) {
    this.clock = options.clock ?? systemClock
    this.retry = options.retry ?? DEFAULT_RETRY_SCHEDULE
    this.db = options.db
  }

  get queue(): PgBoss {
    if (!this.boss) throw new Error('webhooks: the queue is not started')
    return this.boss
  }

  /** Opens the queue; with `work`, also runs the workers and resynchronises the watched scopes. */
  async start({ work }: { work: boolean }): Promise<void> {
    this.boss = await openQueue({
      executeSql: this.options.executeSql,
      pollingIntervalSeconds: this.options.pollingIntervalSeconds,
      supervise: work,
    })
    if (!work) return
    const pollingIntervalSeconds = this.options.pollingIntervalSeconds ?? 0.5
    // Transitions: large batches, grouped by organization (one transaction decides all its scopes at an instant).
    this.transitionWorker = await this.boss.work<TransitionJob>(
      ROUTING_TRANSITION_QUEUE,
      { pollingIntervalSeconds, batchSize: this.options.batchSize ?? 200 },
      (jobs) => this.runTransitions(jobs.map((job) => job.data)),
    )
    // Deliveries: two workers, each sending its batch concurrently, so slow receivers overlap.
    for (let worker = 0; worker < 2; worker++) {
      await this.boss.work<DeliveryJob>(
        DELIVERY_QUEUE,
        { pollingIntervalSeconds, batchSize: this.options.batchSize ?? 50 },
        async (jobs) => {
          const results = await Promise.allSettled(jobs.map((job) => this.deliver(job.data)))
          const failed = results.find((result) => result.status === 'rejected')
          // A database error: let pg-boss retry the batch (deliver() skips deliveries already done).
          if (failed) throw (failed as PromiseRejectedResult).reason
        },
      )
    }
    await this.resync()
  }

  async stop(): Promise<void> {
    const boss = this.boss
    this.boss = null
    for (const timer of this.wakeTimers.values()) clearTimeout(timer)
    this.wakeTimers.clear()
    this.transitionWorker = null
    await boss?.stop({ graceful: true, wait: true, close: false, timeout: 15_000 })
  }

  /**
   * After a (re)start: every organization with a routing.changed endpoint gets its scopes re-decided now (announcing
   * what changed while nobody was running) and their next transitions queued; deliveries written but never queued
   * (crash between commit and send) are queued.
   */
  async resync(): Promise<void> {
    for (const organizationId of await organizationsWithEndpointsFor(this.db, 'routing.changed')) {
      await this.reevaluateOrganization(organizationId)
    }
    const stranded = await pendingDeliveriesOlderThan(this.db, new Date(Date.now() - 60_000))
    for (const delivery of stranded) await this.enqueueAttempt(delivery.organizationId, delivery.id, 1, null)
  }

  // -------------------------------------------------------------------------------------------------------------
  // routing.changed
  // -------------------------------------------------------------------------------------------------------------

  /** Re-decides every scope of the organization at clock.now() (after a save, a presence change, a new endpoint). */
  async reevaluateOrganization(organizationId: string): Promise<void> {
    await this.evaluate(organizationId, null, this.clock.now())
  }

  private async runTransitions(jobs: TransitionJob[]): Promise<void> {
    const groups = new Map<string, { organizationId: string; at: Date; scopeKeys: string[] }>()
    for (const job of jobs) {
      const key = `${job.organizationId}|${job.effectiveAt}`
      const group = groups.get(key) ?? {
        organizationId: job.organizationId,
        at: new Date(job.effectiveAt),
        scopeKeys: [],
      }
      group.scopeKeys.push(job.scopeKey)
      groups.set(key, group)
    }
    // Organizations are independent: decide several at once (on PostgreSQL they run on separate connections).
    const pending = [...groups.values()]
    const runners = Array.from({ length: Math.min(8, pending.length) }, async () => {
      for (let group = pending.shift(); group; group = pending.shift()) {
        await this.evaluate(group.organizationId, group.scopeKeys, group.at)
      }
    })
    await Promise.all(runners)
  }

  /**
   * Decides the scopes (null = all) at `at` against their stored answers, in one transaction per organization:
   * announces the ones that changed, takes a baseline for new ones, forgets deleted departments, then queues the
   * deliveries and each scope's next transition.
   */
  private async evaluate(organizationId: string, onlyScopeKeys: string[] | null, at: Date): Promise<void> {
    const sentAt = this.clock.now()
    const outcome = await this.db.transaction(async (tx) => {
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
          input.agentsOnline,
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
        for (const endpoint of endpoints) {
          deliveries.push({
            id: randomUUID(),
            endpointId: endpoint.id,
            webhookId,
            eventType: payload.type,
            payload,
          })
        }
      }
      await saveRoutingStates(tx, organizationId, saved)
      await insertDeliveries(tx, organizationId, deliveries)
      return { deliveries, next }
    })
    await this.enqueueNew(organizationId, outcome.deliveries)
    await this.scheduleTransitions(organizationId, outcome.next)
  }

  private async scheduleTransitions(organizationId: string, next: { scopeKey: string; at: Date }[]) {
    if (next.length === 0) return
    const offset = Date.now() - this.clock.now().getTime()
    await this.queue.insert(
      next.map(({ scopeKey, at }) => ({
        name: ROUTING_TRANSITION_QUEUE,
        data: { organizationId, scopeKey, effectiveAt: at.toISOString() } satisfies TransitionJob,
        startAfter: new Date(at.getTime() + offset),
        // One job per (scope, instant), whichever instance schedules it.
        singletonKey: `${organizationId}|${scopeKey}|${at.toISOString()}`,
      })),
    )
    for (const { at } of next) this.wakeAt(at.getTime() + offset)
  }

  /**
   * pg-boss workers poll (every 0.5 s at best); a transition due within the next 15 minutes also gets an in-process
   * timer that wakes this process's transition worker at the instant. Only a hint: the job in the database is what
   * runs (here or in any other instance), so a lost timer costs at most one polling interval.
   */
  private wakeAt(realTime: number) {
    const delay = realTime - Date.now()
    if (!this.transitionWorker || delay < 0 || delay > 15 * 60_000 || this.wakeTimers.has(realTime)) return
    const timer = setTimeout(() => {
      this.wakeTimers.delete(realTime)
      if (this.boss && this.transitionWorker) this.boss.notifyWorker(this.transitionWorker)
    }, delay + 5)
    timer.unref()
    this.wakeTimers.set(realTime, timer)
  }

  // -------------------------------------------------------------------------------------------------------------
  // settings.updated, presence.changed (and the routing.changed they may cause)
  // -------------------------------------------------------------------------------------------------------------

  /**
   * Reacts to the change feed (db/change-feed.ts), which every save (editor or API), presence change and
   * department/agent edit publishes after committing. On PostgreSQL every instance hears every change: the
   * deliveries' dedupe keys and the routing-state row lock make each event go out once.
   */
  async handleChange(message: ChangeMessage): Promise<void> {
    if (message.kind === 'reset') return this.resync()
    const { organizationId } = message
    if (message.kind === 'settings' && message.version !== undefined) {
      const departmentId = !message.scope || message.scope === 'general' ? null : message.scope
      await this.afterSettingsSaved(organizationId, { departmentId, version: message.version })
    } else if (message.kind === 'presence' && message.id) {
      await this.afterPresenceChanged(organizationId, message.id)
    } else if (message.kind === 'settings' || message.kind === 'agents' || message.kind === 'departments') {
      await this.reevaluateOrganization(organizationId)
    }
  }

  /** Subscribes to a change feed; returns the unsubscribe function. */
  listenTo(feed: Pick<ChangeFeed, 'subscribe'>): () => void {
    return feed.subscribe((message) => {
      this.handleChange(message).catch((error: unknown) =>
        console.error(`webhooks: reacting to a ${message.kind} change failed: ${(error as Error).message}`),
      )
    })
  }

  /** After a successful save: settings.updated, then routing.changed if the answer changed. */
  async afterSettingsSaved(organizationId: string, event: SettingsSavedEvent): Promise<void> {
    // The save's audit entry says what changed and who saved, whoever the caller (editor or API).
    const summary = await getSaveSummary(this.db, organizationId, event.departmentId, event.version)
    if (summary) {
      const payload = settingsUpdatedPayload(
        {
          scope: { departmentId: event.departmentId, name: summary.scopeName },
          version: event.version,
          actor: summary.actor,
          changedSections: changedSections(summary.changedFields),
        },
        this.clock.now(),
      )
      const scopeKey = scopeKeyOf(event.departmentId)
      await this.publish(organizationId, 'settings.updated', payload, `settings|${scopeKey}|${event.version}`)
    }
    await this.reevaluateOrganization(organizationId)
  }

  async afterPresenceChanged(organizationId: string, agentId: string): Promise<void> {
    const agent = await getAgent(this.db, organizationId, agentId)
    if (agent) {
      const names = new Map((await listDepartments(this.db, organizationId)).map((d) => [d.id, d.name]))
      const payload = presenceChangedPayload(
        {
          agent: { id: agent.id, name: agent.name },
          departments: agent.departmentIds.map((id) => ({ id, name: names.get(id) ?? '' })),
          presence: agent.presence,
        },
        this.clock.now(),
      )
      const dedupeKey = `presence|${agent.id}|${agent.presenceUpdatedAt.toISOString()}`
      await this.publish(organizationId, 'presence.changed', payload, dedupeKey)
    }
    await this.reevaluateOrganization(organizationId)
  }

  private async publish(
    organizationId: string,
    event: WebhookEvent,
    payload: WebhookPayload,
    dedupeKey: string,
  ): Promise<void> {
    const endpoints = await endpointsForEvent(this.db, organizationId, event)
    if (endpoints.length === 0) return
    const webhookId = newWebhookId()
    const deliveries = endpoints.map((endpoint) => ({
      id: randomUUID(),
      endpointId: endpoint.id,
      webhookId,
      eventType: event,
      payload,
      dedupeKey,
    }))
    const inserted = await this.db.transaction((tx) => insertDeliveries(tx, organizationId, deliveries))
    await this.enqueueNew(organizationId, inserted)
  }

  /** "Enviar evento de prueba": a webhook.test delivery to one endpoint, whatever events it subscribes to. */
  async sendTestEvent(organizationId: string, endpointId: string): Promise<string> {
    const delivery = {
      id: randomUUID(),
      endpointId,
      webhookId: newWebhookId(),
      eventType: 'webhook.test',
      payload: testEventPayload(this.clock.now()),
    }
    await this.db.transaction((tx) => insertDeliveries(tx, organizationId, [delivery]))
    await this.enqueueNew(organizationId, [delivery])
    return delivery.id
  }

  /** "Reenviar": a new delivery of the same message (same webhook-id, so receivers that already have it dedupe). */
  async resend(organizationId: string, deliveryId: string): Promise<string | null> {
    const original = await getDelivery(this.db, organizationId, deliveryId)
    if (!original) return null
    const delivery = {
      id: randomUUID(),
      endpointId: original.endpointId,
      webhookId: original.webhookId,
      eventType: original.payload.type,
      payload: original.payload,
    }
    await this.db.transaction((tx) => insertDeliveries(tx, organizationId, [delivery]))
    await this.enqueueNew(organizationId, [delivery])
    return delivery.id
  }

  // -------------------------------------------------------------------------------------------------------------
  // Delivery
  // -------------------------------------------------------------------------------------------------------------

  private async enqueueNew(organizationId: string, deliveries: (string | { id: string })[]) {
    if (deliveries.length === 0) return
    await this.queue.insert(
      deliveries
        .map((delivery) => (typeof delivery === 'string' ? delivery : delivery.id))
        .map((deliveryId) => ({
          name: DELIVERY_QUEUE,
          id: stableJobId(`${deliveryId}#1`),
          data: { organizationId, deliveryId } satisfies DeliveryJob,
        })),
    )
  }

  private async enqueueAttempt(
    organizationId: string,
    deliveryId: string,
    attempt: number,
    startAfter: Date | null,
  ) {
    await this.queue.send(DELIVERY_QUEUE, { organizationId, deliveryId } satisfies DeliveryJob, {
      id: stableJobId(`${deliveryId}#${attempt}`),
      ...(startAfter && { startAfter }),
    })
  }

  private async deliver({ organizationId, deliveryId }: DeliveryJob): Promise<void> {
    const found = await getDeliveryToSend(this.db, organizationId, deliveryId)
    if (!found) return
    const { delivery, endpoint } = found
    if (delivery.status === 'delivered' || delivery.status === 'failed' || delivery.status === 'cancelled')
      return
    if (!endpoint || !endpoint.enabled) {
      if (endpoint) await cancelDelivery(this.db, organizationId, deliveryId)
      return
    }
    const now = new Date()
    const secrets = [endpoint.secretCiphertext]
    if (
      endpoint.previousSecretCiphertext &&
      endpoint.previousSecretExpiresAt &&
      endpoint.previousSecretExpiresAt > now
    ) {
      secrets.push(endpoint.previousSecretCiphertext)
    }
    const body = JSON.stringify(delivery.payload)
    let responseCode: number | null = null
    let latencyMs: number | null = null
    let error: string | null = null
    try {
      // The signature timestamp is the real time of sending: receivers reject stale timestamps (replay protection).
      const signature = secrets
        .map((stored) =>
          new Webhook(decryptSecret(stored, this.options.secretKey)).sign(delivery.webhookId, now, body),
        )
        .join(' ')
      const result = await guardedPost(
        endpoint.url,
        body,
        {
          'content-type': 'application/json',
          'user-agent': 'Horarios-Webhooks/1',
          'webhook-id': delivery.webhookId,
          'webhook-timestamp': Math.floor(now.getTime() / 1000).toString(),
          'webhook-signature': signature,
        },
        this.options.policy,
        this.options.requestTimeoutMs ?? REQUEST_TIMEOUT_MS,
      )
      responseCode = result.status
      latencyMs = result.latencyMs
      if (!isSuccessStatus(result.status)) error = `HTTP ${result.status}`
    } catch (caught) {
      error =
        caught instanceof RefusedUrlError
          ? `refused: ${caught.refusal}`
          : (caught as Error).name === 'TimeoutError' || (caught as Error).name === 'AbortError'
            ? 'timeout'
            : ((caught as Error).message ?? 'network error').slice(0, 300)
    }
    const succeeded = error === null
    const attemptsMade = delivery.attempts + 1
    const wait = succeeded ? null : retryDelayMs(this.retry, attemptsMade, Math.random())
    const nextRetryAt = wait === null ? null : new Date(Date.now() + wait)
    // Queue the next attempt before recording this one: a crash in between repeats an attempt, never loses one.
    if (nextRetryAt) await this.enqueueAttempt(organizationId, deliveryId, attemptsMade + 1, nextRetryAt)
    const { disabled } = await recordDeliveryAttempt(
      this.db,
      organizationId,
      { id: deliveryId, endpointId: delivery.endpointId },
      { at: now, responseCode, latencyMs, error, succeeded, nextRetryAt },
    )
    if (disabled) this.options.log?.(`webhooks: endpoint ${endpoint.id} disabled after repeated failures`)
  }
}
