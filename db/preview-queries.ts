import 'server-only'
// Preview queries (issue 7), bound to the process-wide database like db/queries.ts. Organization id first.
import { bind } from './bind'
import * as preview from './dal/preview'

/** getAllRoutingInputs with the configurations cached per organization (revalidated on every call). */
export const getRoutingInputsCached = bind(preview.getRoutingInputsCached)
