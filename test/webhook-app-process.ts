// A stand-in for the app process in the kill -9 test (server/webhooks/durability.test.ts): opens the database,
// starts the webhook service with its workers, schedules an organization's next transition 4 s ahead (fake clock),
// prints "SCHEDULED <clock offset>" and waits to be killed.
import { openDatabase, type DatabaseConfig } from '@/db/connection'
import { createTestService, offsetClock } from './webhook-harness'

const config: DatabaseConfig = process.env.CHILD_DATABASE_URL
  ? { driver: 'postgres', url: process.env.CHILD_DATABASE_URL }
  : { driver: 'pglite', dataDir: process.env.CHILD_PGLITE_DIR ?? '' }
const handle = await openDatabase(config)
const clock = offsetClock()
const service = createTestService(handle, { clock })
await service.start({ work: true })
const fakeNow = new Date(Date.parse(process.env.CHILD_TRANSITION_AT ?? '') - 4000)
clock.set(fakeNow)
await service.reevaluateOrganization(process.env.CHILD_ORGANIZATION_ID ?? '')
console.log(`SCHEDULED ${fakeNow.getTime() - Date.now()}`)
setInterval(() => {}, 60_000)
