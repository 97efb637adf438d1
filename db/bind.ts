import 'server-only'
import type { Db } from './connection'
import { getDb } from './client'

/**
 * A db/dal function bound to the process-wide database. The dal functions take the database as their first
 * argument so that tests and the seed can run them against any database; the app calls the bound ones.
 */
export function bind<Args extends unknown[], Result>(fn: (db: Db, ...args: Args) => Promise<Result>) {
  return async (...args: Args): Promise<Result> => fn(await getDb(), ...args)
}
