// A small change feed shared by every running instance: "something of organization X changed", so that in-memory
// caches (compiled routing configurations, API-key lookups) and other subscribers (webhooks) react in every process.
//
//   PostgreSQL (DATABASE_URL set): NOTIFY on one channel; each process LISTENs on one dedicated connection.
//   PGlite (embedded, one process): an in-process emitter.
//
// Delivery is at most once and carries no data beyond what changed: subscribers re-read the database. A listener
// whose connection dropped cannot know what it missed, so after reconnecting it delivers `{ kind: 'reset' }` and
// caches drop everything. No 'server-only' here: scripts and workers (tsx) may subscribe too.
import { randomUUID } from 'node:crypto'
import pg from 'pg'
import { configFromEnv } from './connection'

/** `load`: an agent's active chats changed whether they have room (§5 capacity) — only such flips are announced. */
export type ChangeKind = 'settings' | 'presence' | 'agents' | 'departments' | 'key' | 'load'

export type ChangeEvent = {
  kind: ChangeKind
  /** The scope concerned: 'general' or a department id (settings). */
  scope?: string
  /** The agent (presence/agents) or API key (key) concerned. */
  id?: string
  /** The scope's new version (settings): webhooks announce each saved version once (settings.updated). */
  version?: number
}

export type ChangeMessage =
  | ({ organizationId: string } & ChangeEvent)
  /** Notifications may have been missed (listener reconnected): forget everything derived from the database. */
  | { kind: 'reset' }

export type ChangeListener = (message: ChangeMessage) => void

export type ChangeFeed = {
  /** Delivers to this process's subscribers at once, and to every other instance through the database. */
  publish(organizationId: string, event: ChangeEvent): Promise<void>
  subscribe(listener: ChangeListener): () => void
  /** Resolves once this process listens (PostgreSQL); immediately on PGlite. */
  ready: Promise<void>
  close(): Promise<void>
}

export const CHANGE_CHANNEL = 'horarios_changes'

type Envelope = { origin: string; message: ChangeMessage }

function createDispatcher() {
  const listeners = new Set<ChangeListener>()
  return {
    listeners,
    dispatch(message: ChangeMessage) {
      for (const listener of listeners) {
        try {
          listener(message)
        } catch (error) {
          // One faulty subscriber must not keep the others (or the publisher) from their work.
          console.error(`change feed listener failed: ${(error as Error).message}`)
        }
      }
    },
    subscribe(listener: ChangeListener) {
      listeners.add(listener)
      return () => void listeners.delete(listener)
    },
  }
}

/** In-process only (PGlite, tests). */
export function createLocalChangeFeed(): ChangeFeed {
  const dispatcher = createDispatcher()
  return {
    publish: async (organizationId, event) => dispatcher.dispatch({ organizationId, ...event }),
    subscribe: dispatcher.subscribe,
    ready: Promise.resolve(),
    close: async () => dispatcher.listeners.clear(),
  }
}

/** LISTEN/NOTIFY on PostgreSQL, reconnecting with backoff when the connection drops. */
export function createPostgresChangeFeed(url: string): ChangeFeed {
  const origin = randomUUID()
  const dispatcher = createDispatcher()
  let client: pg.Client | null = null
  let closed = false
  let attempt = 0
  let markReady: () => void = () => {}
  const ready = new Promise<void>((resolve) => (markReady = resolve))

  const connect = async (): Promise<void> => {
    if (closed) return
    const next = new pg.Client({ connectionString: url })
    next.on('notification', (notification) => {
      if (notification.channel !== CHANGE_CHANNEL || !notification.payload) return
      try {
        const envelope = JSON.parse(notification.payload) as Envelope
        // Our own publishes were delivered locally already.
        if (envelope.origin !== origin) dispatcher.dispatch(envelope.message)
      } catch {
        // Not ours (someone else NOTIFYing on the channel): ignore.
      }
    })
    const lost = () => {
      if (client !== next) return
      client = null
      if (closed) return
      dispatcher.dispatch({ kind: 'reset' })
      const delay = Math.min(5_000, 100 * 2 ** Math.min(attempt++, 6))
      setTimeout(() => void connect(), delay).unref()
    }
    next.on('error', lost)
    next.on('end', lost)
    try {
      await next.connect()
      await next.query(`listen ${CHANGE_CHANNEL}`)
      if (closed) {
        await next.end().catch(() => {})
        return
      }
      client = next
      if (attempt > 0) dispatcher.dispatch({ kind: 'reset' })
      attempt = 0
      markReady()
    } catch (error) {
      await next.end().catch(() => {})
      if (closed) return
      console.error(`change feed: cannot listen (${(error as Error).message}); retrying`)
      const delay = Math.min(5_000, 100 * 2 ** Math.min(attempt++, 6))
      setTimeout(() => void connect(), delay).unref()
    }
  }
  void connect()

  return {
    async publish(organizationId, event) {
      const message: ChangeMessage = { organizationId, ...event }
      dispatcher.dispatch(message)
      const payload = JSON.stringify({ origin, message } satisfies Envelope)
      const target = client
      try {
        if (target) await target.query('select pg_notify($1, $2)', [CHANGE_CHANNEL, payload])
        else {
          // Listener reconnecting: still tell the other instances, through a short-lived connection.
          const once = new pg.Client({ connectionString: url })
          await once.connect()
          try {
            await once.query('select pg_notify($1, $2)', [CHANGE_CHANNEL, payload])
          } finally {
            await once.end().catch(() => {})
          }
        }
      } catch (error) {
        // The write it describes has committed; other instances fall back to their cache lifetimes.
        console.error(`change feed: notify failed (${(error as Error).message})`)
      }
    },
    subscribe: dispatcher.subscribe,
    ready,
    async close() {
      closed = true
      dispatcher.listeners.clear()
      const current = client
      client = null
      await current?.end().catch(() => {})
    },
  }
}

const globalFeed = globalThis as typeof globalThis & { __horariosChangeFeed?: ChangeFeed }

/** The process-wide feed for the configured database (DATABASE_URL → PostgreSQL, else in-process). */
export function changeFeed(): ChangeFeed {
  if (!globalFeed.__horariosChangeFeed) {
    const config = configFromEnv()
    globalFeed.__horariosChangeFeed =
      config.driver === 'postgres' ? createPostgresChangeFeed(config.url) : createLocalChangeFeed()
  }
  return globalFeed.__horariosChangeFeed
}

export function publish(organizationId: string, event: ChangeEvent): Promise<void> {
  return changeFeed().publish(organizationId, event)
}

export function subscribe(listener: ChangeListener): () => void {
  return changeFeed().subscribe(listener)
}

/** Closes the process-wide feed (graceful shutdown, tests). */
export async function closeChangeFeed(): Promise<void> {
  const feed = globalFeed.__horariosChangeFeed
  globalFeed.__horariosChangeFeed = undefined
  await feed?.close()
}
