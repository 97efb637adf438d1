// A stand-in for the app process in the kill -9 test (server/webhooks/durability.test.ts): opens the database,
// starts the webhook service with its workers, adds an endpoint and so schedules the organization's next transition
// 4 s ahead (fake clock), prints "SCHEDULED <clock offset> <signing secret>" and waits to be killed.
import { openDatabase, type DatabaseConfig } from '@/db/connection'
import { addEndpoint, createTestService, offsetClock } from './webhook-harness'

const config: DatabaseConfig = process.env.CHILD_DATABASE_URL
  ? { driver: 'postgres', url: process.env.CHILD_DATABASE_URL }
  : { driver: 'pglite', dataDir: process.env.CHILD_PGLITE_DIR ?? '' }
const handle = await openDatabase(config)
const transitionAt = Date.parse(process.env.CHILD_TRANSITION_AT ?? '')
const organizationId = process.env.CHILD_ORGANIZATION_ID ?? ''
const clock = offsetClock()
const service = createTestService(handle, { clock })
await service.start({ work: true })
// 4 s before the transition, an admin adds the endpoint: the baseline is taken and the transition queued.
const fakeNow = new Date(transitionAt - 4000)
clock.set(fakeNow)
const endpoint = await addEndpoint(handle.db, organizationId, process.env.CHILD_RECEIVER_URL ?? '', [
  'routing.changed',
])
await service.reevaluateOrganization(organizationId)
console.log(`SCHEDULED ${fakeNow.getTime() - Date.now()} ${endpoint.secret}`)
setInterval(() => {}, 60_000)
