// Webhooks benchmark (issue 15). Run: npm run bench:webhooks   (not part of CI)
//
// 1. Lateness of routing.changed: 500 scopes (50 organizations × General + 9 departments, Mon–Fri 09:00–18:00 in
//    Bogotá, one routing.changed endpoint each) all close at the same instant, 18:00. With an injected clock the
//    instant is ~20 s after the scopes are watched; lateness = arrival at a local receiver − the instant. Target:
//    p99 ≤ 2 s on this 2-core machine.
// 2. Deliveries per second: 1000 test events to a local receiver, from queuing to the last arrival.
//
// Database: an in-memory PGlite by default (the app's default), or PostgreSQL with BENCH_DATABASE_URL (a scratch
// database: the bench creates its own tables and rows there). Prints the numbers and PASS/FAIL; exits 0.
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { performance } from 'node:perf_hooks'
import { openDatabase } from '../db/connection'
import { createDepartment } from '../db/dal/departments'
import { getScopeSettings } from '../db/dal/scopes'
import { organization } from '../db/schema'
import { addEndpoint, createTestService, offsetClock } from '../test/webhook-harness'

const ORGANIZATIONS = 50
const DEPARTMENTS_PER_ORGANIZATION = 9
const TEST_EVENTS = 1000
const TRANSITION = new Date('2026-12-01T23:00:00.000Z') // Tuesday 18:00 in Bogotá
const LATENESS_TARGET_P99_MS = 2000

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
}

const arrivals: { type: string; at: number }[] = []
const receiver = http.createServer((request, response) => {
  const chunks: Buffer[] = []
  request.on('data', (chunk: Buffer) => chunks.push(chunk))
  request.on('end', () => {
    arrivals.push({ type: JSON.parse(Buffer.concat(chunks).toString('utf8')).type, at: Date.now() })
    response.statusCode = 204
    response.end()
  })
})
await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
const receiverUrl = `http://localhost:${(receiver.address() as AddressInfo).port}/bench`

const url = process.env.BENCH_DATABASE_URL?.trim()
const handle = await openDatabase(url ? { driver: 'postgres', url } : { driver: 'pglite', dataDir: null })
await handle.migrate()
console.log(`webhooks bench on the ${handle.description}`)

const clock = offsetClock(new Date(TRANSITION.getTime() - 3_600_000))
const service = createTestService(handle, { clock })
await service.start({ work: true })

// --- setup: 500 scopes --------------------------------------------------------------------------------------------
const organizations: string[] = []
for (let o = 0; o < ORGANIZATIONS; o++) {
  const organizationId = `bench_org_${Date.now().toString(36)}_${o}`
  await handle.db.insert(organization).values({
    id: organizationId,
    name: `Bench ${o}`,
    slug: organizationId.replace(/_/g, '-'),
    timeZone: 'America/Bogota',
  })
  await getScopeSettings(handle.db, organizationId, null)
  for (let d = 0; d < DEPARTMENTS_PER_ORGANIZATION; d++) {
    await createDepartment(handle.db, organizationId, `Departamento ${d + 1}`)
  }
  await addEndpoint(handle.db, organizationId, receiverUrl, ['routing.changed'])
  organizations.push(organizationId)
}

// --- 1. lateness ----------------------------------------------------------------------------------------------------
clock.set(new Date(TRANSITION.getTime() - 20_000))
const watchStarted = performance.now()
for (const organizationId of organizations) await service.reevaluateOrganization(organizationId)
const watchMs = performance.now() - watchStarted
const transitionRealTime = Date.now() + (TRANSITION.getTime() - clock.now().getTime())
const scopes = ORGANIZATIONS * (DEPARTMENTS_PER_ORGANIZATION + 1)
console.log(
  `watching ${scopes} scopes took ${watchMs.toFixed(0)} ms; 18:00 arrives in ${((transitionRealTime - Date.now()) / 1000).toFixed(1)} s`,
)

const deadline = transitionRealTime + 60_000
while (arrivals.filter((a) => a.type === 'routing.changed').length < scopes && Date.now() < deadline) {
  await new Promise((resolve) => setTimeout(resolve, 100))
}
const routing = arrivals.filter((a) => a.type === 'routing.changed')
const lateness = routing.map((a) => a.at - transitionRealTime).sort((a, b) => a - b)
const p50 = percentile(lateness, 50)
const p99 = percentile(lateness, 99)
console.log(
  `routing.changed: ${routing.length}/${scopes} arrived; lateness p50 ${p50} ms, p99 ${p99} ms, max ${lateness.at(-1)} ms`,
)

// --- 2. deliveries per second -----------------------------------------------------------------------------------
await new Promise((resolve) => setTimeout(resolve, 1000))
const [firstOrganization] = organizations
const endpointId = (
  await handle.executeSql('select id from webhook_endpoint where organization_id = $1', [firstOrganization])
).rows[0]!.id as string
const before = arrivals.length
const sendStarted = Date.now()
for (let i = 0; i < TEST_EVENTS; i++) await service.sendTestEvent(firstOrganization!, endpointId)
const queuedMs = Date.now() - sendStarted
while (arrivals.length - before < TEST_EVENTS && Date.now() < sendStarted + 180_000) {
  await new Promise((resolve) => setTimeout(resolve, 100))
}
const delivered = arrivals.length - before
const lastArrival = arrivals.at(-1)!.at
const perSecond = delivered / ((lastArrival - sendStarted) / 1000)
console.log(
  `deliveries: ${delivered}/${TEST_EVENTS} test events in ${((lastArrival - sendStarted) / 1000).toFixed(1)} s (queuing took ${queuedMs} ms) → ${perSecond.toFixed(0)} deliveries/s`,
)

const pass = routing.length === scopes && p99 <= LATENESS_TARGET_P99_MS
console.log(
  `${pass ? 'PASS' : 'FAIL'}: routing.changed lateness p99 ${p99} ms (target ≤ ${LATENESS_TARGET_P99_MS} ms), all ${scopes} announced once: ${routing.length === scopes}`,
)

await service.stop()
await handle.close()
receiver.close()
process.exit(0)
