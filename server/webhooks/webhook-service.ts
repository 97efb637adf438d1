// Webhooks (issue 15): turns saves, presence changes and schedule transitions into signed Standard Webhooks
// deliveries, durably, through pg-boss. See docs/decisions/008-webhooks-on-pg-boss.md.
//
//   routing.changed   A pg-boss job waits (startAfter) for the exact instant decide() gives as `until`; at that
//                     instant, and right after every save, presence change or load flip, the scope is re-decided
//                     (routing-announcements.ts: stored answer vs new one, deliveries in the same transaction), then
//                     the next transition is scheduled. Stale jobs (the schedule changed meanwhile) find nothing.
//   settings.updated, presence.changed   written as deliveries right after the save / presence change.
//   delivery          one pg-boss job per attempt: sign and POST (signed-send.ts), record the outcome; on failure
//                     the next attempt is a new job with startAfter = exponential backoff (the log shows that time).
//
// Time is injectable: `clock.now()` is "now" for decisions and payloads; a job for instant T is queued to start
// T − clock.now() from the real now, so tests run 18:00 with a clock set to 17:59:59.
import { randomUUID } from 'node:crypto'
import type { ChangeFeed, ChangeMessage } from '@/db/change-feed'
import type { Db, SqlExecutor } from '@/db/connection'
import { openQueue, ROUTING_TRANSITION_QUEUE, type PgBoss } from '@/db/queue'
import { groupTransitionJobs, queueTransitions, WakeTimers, type TransitionJob } from './transition-jobs'
import { endpointsForEvent, organizationsWithEndpointsFor } from '@/db/dal/webhooks'
import {
  getDelivery,
  insertDeliveries,
  pendingDeliveriesOlderThan,
  type NewDelivery,
} from '@/db/dal/webhook-deliveries'
import type { WebhookUrlPolicy } from '@/lib/webhooks/address-policy'
import {
  DEFAULT_RETRY_SCHEDULE,
  REQUEST_TIMEOUT_MS,
  type RetrySchedule,
} from '@/lib/webhooks/delivery-policy'
import { testEventPayload, type WebhookEvent } from '@/lib/webhooks/events'
import {
  presenceChangedEvent,
  settingsUpdatedEvent,
  type ChangeEvent,
  type SettingsSavedEvent,
} from './change-events'
import { Dispatcher } from './dispatcher'
import { announceRoutingChanges } from './routing-announcements'
import { enqueueDeliveryAttempt, SAFETY_NET_DELAY_MS, type DeliveryContext } from './delivery-jobs'
import { newWebhookId, systemClock, type Clock } from './webhook-ids'

export { GENERAL_SCOPE_KEY, systemClock, type Clock } from './webhook-ids'

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
  /** How long the first attempt's job waits behind an immediate send (delivery-jobs.ts); tests shorten it. */
  safetyNetDelayMs?: number
  /** Logs a line per event (off in tests). */
  log?: (line: string) => void
}

export type { SettingsSavedEvent } from './change-events'

export class WebhookService {
  readonly clock: Clock
  private boss: PgBoss | null = null
  private transitionWorker: string | null = null
  private readonly wakeTimers = new WakeTimers(() => {
    if (this.boss && this.transitionWorker) this.boss.notifyWorker(this.transitionWorker)
  })
  private readonly retry: RetrySchedule
  private readonly db: Db
  private readonly dispatcher: Dispatcher

  constructor(private readonly options: WebhookServiceOptions) {
    this.clock = options.clock ?? systemClock
    this.retry = options.retry ?? DEFAULT_RETRY_SCHEDULE
    this.db = options.db
    this.dispatcher = new Dispatcher(
      () => this.deliveryContext(),
      options.safetyNetDelayMs ?? SAFETY_NET_DELAY_MS,
    )
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
    await this.dispatcher.startWorkers(this.boss, pollingIntervalSeconds, this.options.batchSize ?? 50)
    await this.resync()
  }

  async stop(): Promise<void> {
    // Sends already under way finish (and record their outcome) before the queue closes.
    await this.dispatcher.drain()
    const boss = this.boss
    this.boss = null
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
    // Organizations are independent: decide several at once (on PostgreSQL they run on separate connections).
    const pending = groupTransitionJobs(jobs)
    const runners = Array.from({ length: Math.min(8, pending.length) }, async () => {
      for (let group = pending.shift(); group; group = pending.shift()) {
        await this.evaluate(group.organizationId, group.scopeKeys, group.at)
      }
    })
    await Promise.all(runners)
  }

  /** Announces what changed at `at` (one transaction per organization), then queues deliveries and transitions. */
  private async evaluate(organizationId: string, onlyScopeKeys: string[] | null, at: Date): Promise<void> {
    const outcome = await announceRoutingChanges(this.db, organizationId, onlyScopeKeys, at, this.clock.now())
    this.dispatch(organizationId, outcome.deliveries)
    await this.scheduleTransitions(organizationId, outcome.next)
  }

  private async scheduleTransitions(organizationId: string, next: { scopeKey: string; at: Date }[]) {
    const offset = Date.now() - this.clock.now().getTime()
    await queueTransitions(this.queue, organizationId, next, offset)
    if (this.transitionWorker) for (const { at } of next) this.wakeTimers.at(at.getTime() + offset)
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
    } else if (['settings', 'agents', 'departments', 'load'].includes(message.kind)) {
      // `load`: an agent's room flipped (§5 capacity) — the last one with room filling up, or one freeing up.
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
    const change = await settingsUpdatedEvent(this.db, organizationId, event, this.clock.now())
    if (change) await this.publish(organizationId, 'settings.updated', change)
    await this.reevaluateOrganization(organizationId)
  }

  async afterPresenceChanged(organizationId: string, agentId: string): Promise<void> {
    const change = await presenceChangedEvent(this.db, organizationId, agentId, this.clock.now())
    if (change) await this.publish(organizationId, 'presence.changed', change)
    await this.reevaluateOrganization(organizationId)
  }

  private async publish(
    organizationId: string,
    event: WebhookEvent,
    { payload, dedupeKey }: ChangeEvent,
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
      body: JSON.stringify(payload),
      dedupeKey,
    }))
    await this.writeAndQueue(organizationId, deliveries)
  }

  /** "Enviar evento de prueba": a webhook.test delivery to one endpoint, whatever events it subscribes to. */
  async sendTestEvent(organizationId: string, endpointId: string): Promise<string> {
    const payload = testEventPayload(this.clock.now())
    const delivery = {
      id: randomUUID(),
      endpointId,
      webhookId: newWebhookId(),
      eventType: 'webhook.test',
      payload,
      body: JSON.stringify(payload),
    }
    await this.writeAndQueue(organizationId, [delivery])
    return delivery.id
  }

  /**
   * "Reenviar": a new delivery of the same message — same webhook-id (receivers that already have it dedupe) and the
   * same body bytes, copied as stored.
   */
  async resend(organizationId: string, deliveryId: string): Promise<string | null> {
    const original = await getDelivery(this.db, organizationId, deliveryId)
    if (!original) return null
    const delivery = {
      id: randomUUID(),
      endpointId: original.endpointId,
      webhookId: original.webhookId,
      eventType: original.payload.type,
      payload: original.payload,
      body: original.body,
    }
    await this.writeAndQueue(organizationId, [delivery])
    return delivery.id
  }

  private async writeAndQueue(organizationId: string, deliveries: NewDelivery[]): Promise<void> {
    const inserted = new Set(
      await this.db.transaction((tx) => insertDeliveries(tx, organizationId, deliveries)),
    )
    this.dispatch(
      organizationId,
      deliveries.filter((delivery) => inserted.has(delivery.id)),
    )
  }

  private dispatch(organizationId: string, deliveries: NewDelivery[]): void {
    this.dispatcher.dispatch(organizationId, deliveries, this.transitionWorker !== null)
  }

  private enqueueAttempt(
    organizationId: string,
    deliveryId: string,
    attempt: number,
    startAfter: Date | null,
  ) {
    return enqueueDeliveryAttempt(this.queue, { organizationId, deliveryId }, attempt, startAfter)
  }

  private deliveryContext(): Omit<DeliveryContext, 'limit'> {
    return {
      db: this.db,
      queue: this.queue,
      retry: this.retry,
      send: {
        secretKey: this.options.secretKey,
        policy: this.options.policy,
        timeoutMs: this.options.requestTimeoutMs ?? REQUEST_TIMEOUT_MS,
      },
      log: this.options.log,
    }
  }
}
