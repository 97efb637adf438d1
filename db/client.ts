import 'server-only'
// The app's entry point to the database: one connection (pool or PGlite) per process.
import { configFromEnv, openDatabase, type Db, type DatabaseHandle } from './connection'
import { queryCountingLogger } from './query-stats'

export type { Db, Tx } from './connection'
export { DatabaseStartupError } from './startup-error'

type Cache = { handle: Promise<DatabaseHandle> | null }

// On globalThis so that Next dev's hot reloads reuse the open database instead of opening PGlite again (which the
// lock file would refuse) or leaking pools.
const globalCache = globalThis as typeof globalThis & { __horariosDb?: Cache }
const cache: Cache = (globalCache.__horariosDb ??= { handle: null })

function handle(): Promise<DatabaseHandle> {
  if (!cache.handle) {
    const opening = (async () => {
      // Counting costs an increment per statement; it lets the API report queries per request (Server-Timing).
      const opened = await openDatabase({ ...configFromEnv(), logger: queryCountingLogger })
      try {
        // Idempotent and cheap when up to date; makes a fresh PGlite folder usable without a separate step.
        await opened.migrate()
      } catch (error) {
        await opened.close()
        throw error
      }
      return opened
    })()
    // A failed start must not be cached: the next request retries (e.g. after PostgreSQL comes up).
    opening.catch(() => {
      if (cache.handle === opening) cache.handle = null
    })
    cache.handle = opening
  }
  return cache.handle
}

/** The process-wide database (opened and migrated on first use). Throws DatabaseStartupError when it cannot open. */
export async function getDb(): Promise<Db> {
  return (await handle()).db
}

/** Which driver the process-wide database uses, and raw SQL on its connection(s) (for the job queue, db/queue.ts). */
export async function getDatabaseHandle(): Promise<Pick<DatabaseHandle, 'db' | 'driver' | 'executeSql'>> {
  return handle()
}

/** Applies pending migrations to the configured database. */
export async function migrate(): Promise<void> {
  await (await handle()).migrate()
}

/** Closes the database (releases the PGlite lock). The next getDb() opens it again. */
export async function closeDb(): Promise<void> {
  const current = cache.handle
  cache.handle = null
  if (!current) return
  const opened = await current.catch(() => null)
  await opened?.close()
}
