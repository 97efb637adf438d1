// Per-request query counting: code running inside `countQueries` sees how many statements drizzle sent on its
// behalf (the API reports it in Server-Timing and its log line; the benchmark reads it to prove a warm decision
// costs none). One AsyncLocalStorage per process, on globalThis because Next bundles route handlers separately.
import { AsyncLocalStorage } from 'node:async_hooks'
import type { Logger } from 'drizzle-orm'

export type QueryStats = { queries: number }

const globalStats = globalThis as typeof globalThis & { __horariosQueryStats?: AsyncLocalStorage<QueryStats> }
const storage: AsyncLocalStorage<QueryStats> = (globalStats.__horariosQueryStats ??= new AsyncLocalStorage())

export function countQueries<T>(stats: QueryStats, run: () => Promise<T>): Promise<T> {
  return storage.run(stats, run)
}

/** drizzle logger that adds each statement to the current request's count (no-op outside one). */
export const queryCountingLogger: Logger = {
  logQuery() {
    const stats = storage.getStore()
    if (stats) stats.queries += 1
  },
}
