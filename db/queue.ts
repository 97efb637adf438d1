// The job queue: pg-boss 10 on the app's own database (docs/decisions/008). No 'server-only' here: the worker script
// (tsx) and tests import it.
//
// pg-boss talks to the database through our SqlExecutor (db/connection.ts), so it runs on the embedded PGlite (one
// connection, shared with the app in the same process) as well as on PostgreSQL (the app's pool). pg-boss creates
// and migrates its own `pgboss` schema on start (versioned, under its advisory lock), separately from our drizzle
// migrations.
import PgBoss from 'pg-boss'
import type { SqlExecutor } from './connection'

export const ROUTING_TRANSITION_QUEUE = 'webhook-routing-transition'
export const DELIVERY_QUEUE = 'webhook-delivery'

export type QueueOptions = {
  executeSql: SqlExecutor
  /** How often idle workers look for due jobs (≥ 0.5 s). A due job waits at most about this long. */
  pollingIntervalSeconds?: number
  /** false for processes that only send jobs (no maintenance loop either). */
  supervise?: boolean
}

export type { PgBoss }

export async function openQueue(options: QueueOptions): Promise<PgBoss> {
  const boss = await startBoss(options)
  // One routing.changed job per (scope, instant): the `short` policy makes a second job with the same singleton key
  // a no-op while the first is waiting, whichever instance sends it.
  await ensureQueue(boss, ROUTING_TRANSITION_QUEUE, {
    policy: 'short',
    retryLimit: 5,
    retryDelay: 5,
    retryBackoff: true,
  })
  // Deliveries schedule their own retries (exact times for the log); pg-boss's retry only covers a handler that
  // crashed or timed out (expireInSeconds) — e.g. the process was killed mid-request.
  await ensureQueue(boss, DELIVERY_QUEUE, {
    policy: 'standard',
    retryLimit: 5,
    retryDelay: 15,
    retryBackoff: true,
    expireInSeconds: 60,
  })
  return boss
}

/**
 * Two instances starting together on a fresh database can both try to create the `pgboss` schema: pg-boss serialises
 * that under its advisory lock, yet PostgreSQL can still answer the loser with a unique violation on
 * pg_namespace (seen in CI), which pg-boss does not recognise as its "already exists" race. The loser starts again
 * with a fresh instance (a failed PgBoss stays marked as starting) and then finds the schema installed.
 */
async function startBoss(options: QueueOptions): Promise<PgBoss> {
  for (let attempt = 1; ; attempt++) {
    const boss = new PgBoss({
      db: { executeSql: (text, values) => options.executeSql(text, values) },
      schema: 'pgboss',
      supervise: options.supervise ?? true,
      // Cron schedules are not used (transitions are one-off jobs with startAfter).
      schedule: false,
      pollingIntervalSeconds: options.pollingIntervalSeconds ?? 0.5,
      maintenanceIntervalSeconds: 120,
    })
    boss.on('error', (error: Error) => console.error(`webhooks queue: ${error.message}`))
    try {
      return await boss.start()
    } catch (error) {
      if (attempt >= 5 || !isCreateRace(error)) throw error
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt + Math.random() * 100))
    }
  }
}

function isCreateRace(error: unknown): boolean {
  const code = (error as { code?: string }).code
  return code === '23505' || code === '42P07' || code === '40P01'
}

/**
 * create_queue is idempotent (ON CONFLICT DO NOTHING), but two instances creating the same queue at the same moment
 * can deadlock on the partition they both attach: the loser retries and then finds the queue there.
 */
async function ensureQueue(boss: PgBoss, name: string, options: Omit<PgBoss.Queue, 'name'>) {
  for (let attempt = 1; ; attempt++) {
    if (await boss.getQueue(name)) return
    try {
      await boss.createQueue(name, { name, ...options })
      return
    } catch (error) {
      const code = (error as { code?: string }).code
      if (attempt >= 5 || (code !== '40P01' && code !== '23505' && code !== '42P07')) throw error
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt + Math.random() * 100))
    }
  }
}
