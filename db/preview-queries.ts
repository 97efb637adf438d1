import 'server-only'
// Preview queries (issue 7), bound to the process-wide database like db/queries.ts. Organization id first.
import type { Db } from './connection'
import { getDb } from './client'
import * as preview from './dal/preview'

function bind<Args extends unknown[], Result>(fn: (db: Db, ...args: Args) => Promise<Result>) {
  return async (...args: Args): Promise<Result> => fn(await getDb(), ...args)
}

/** getAllRoutingInputs with the configurations cached per organization (revalidated on every call). */
export const getRoutingInputsCached = bind(preview.getRoutingInputsCached)
