// Deliveries leaving the process: the delivery workers (one job per attempt) and the immediate dispatch of fresh
// deliveries, whose first attempt's job waits behind it as a safety net (delivery-jobs.ts).
import { DELIVERY_QUEUE, type PgBoss } from '@/db/queue'
import type { NewDelivery } from '@/db/dal/webhook-deliveries'
import { concurrencyLimit } from './concurrency-limit'
import {
  deliverAttempt,
  dispatchFresh,
  enqueueDeliveries,
  type DeliveryContext,
  type DeliveryJob,
} from './delivery-jobs'

export class Dispatcher {
  private readonly inFlight = new Set<Promise<void>>()
  private readonly limit = concurrencyLimit(32)

  constructor(
    private readonly context: () => Omit<DeliveryContext, 'limit'>,
    private readonly safetyNetDelayMs: number,
  ) {}

  /** Two workers, each sending its batch concurrently, so slow receivers overlap. */
  async startWorkers(queue: PgBoss, pollingIntervalSeconds: number, batchSize: number): Promise<void> {
    for (let worker = 0; worker < 2; worker++) {
      await queue.work<DeliveryJob>(DELIVERY_QUEUE, { pollingIntervalSeconds, batchSize }, async (jobs) => {
        const results = await Promise.allSettled(jobs.map((job) => deliverAttempt(this.full(), job.data)))
        const failed = results.find((result) => result.status === 'rejected')
        // A database error: let pg-boss retry the batch (an attempt already made is skipped).
        if (failed) throw (failed as PromiseRejectedResult).reason
      })
    }
  }

  /**
   * Committed deliveries go out: with `immediate` (a process running the workers) sent right away, the first
   * attempt's job delayed as a safety net; otherwise queued for the workers. The caller doesn't wait for the sending
   * (a slow receiver must not hold up the next organization's transition); drain() does.
   */
  dispatch(organizationId: string, deliveries: NewDelivery[], immediate: boolean): void {
    if (deliveries.length === 0) return
    const sending = (async () => {
      const context = this.full()
      const safetyNet = immediate ? new Date(Date.now() + this.safetyNetDelayMs) : undefined
      await enqueueDeliveries(context.queue, organizationId, deliveries, safetyNet)
      if (immediate) await dispatchFresh(context, organizationId, deliveries)
    })().catch((error: unknown) =>
      console.error(`webhooks: sending ${deliveries.length} deliveries failed: ${(error as Error).message}`),
    )
    this.inFlight.add(sending)
    void sending.finally(() => this.inFlight.delete(sending))
  }

  /** Waits for the sends under way (they record their outcome) — before the queue closes. */
  async drain(): Promise<void> {
    await Promise.allSettled([...this.inFlight])
  }

  private full(): DeliveryContext {
    return { ...this.context(), limit: this.limit }
  }
}
