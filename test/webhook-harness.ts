// Test helpers for webhooks: a local receiver that verifies Standard Webhooks signatures the way an integrator
// would, an offset clock (a fake "now" that advances in real time), and a service bound to a test database.
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { Webhook } from 'standardwebhooks'
import type { Db, SqlExecutor } from '@/db/connection'
import { createWebhookEndpoint } from '@/db/dal/webhooks'
import type { WebhookEventType } from '@/db/schema'
import { encryptSecret, generateSigningSecret } from '@/server/webhooks/secret-box'
import { WebhookService, type Clock } from '@/server/webhooks/webhook-service'
import type { RetrySchedule } from '@/lib/webhooks/delivery-policy'

export const TEST_SECRET_KEY = Buffer.alloc(32, 42)
export const TEST_POLICY = { requireHttps: true, allowLocalhost: true }

export type Received = {
  webhookId: string
  verified: boolean
  body: { type: string; timestamp: string; data: Record<string, unknown> }
  /** The body exactly as received (what the signature covers), and the signature headers. */
  raw: string
  timestamp: string
  signature: string
  at: number
  status: number
}

export type Receiver = {
  url: string
  /** Every request, in arrival order (including the ones answered with an error status). */
  requests: Received[]
  /** Accepted (2xx) requests whose signature verified. */
  accepted(type?: string): Received[]
  /** The status the next requests get (e.g. 503 while "down"). */
  respondWith(status: number): void
  waitFor(predicate: (r: Receiver) => boolean, timeoutMs?: number): Promise<void>
  close(): Promise<void>
}

/** Verifies every request with `secrets()` (any of them may match, like a receiver during a rotation). */
export async function startReceiver(secrets: () => string[]): Promise<Receiver> {
  const requests: Received[] = []
  let status = 204
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8')
      const headers = {
        'webhook-id': String(request.headers['webhook-id'] ?? ''),
        'webhook-timestamp': String(request.headers['webhook-timestamp'] ?? ''),
        'webhook-signature': String(request.headers['webhook-signature'] ?? ''),
      }
      const verified = secrets().some((secret) => {
        try {
          new Webhook(secret).verify(raw, headers)
          return true
        } catch {
          return false
        }
      })
      requests.push({
        webhookId: headers['webhook-id'],
        verified,
        body: JSON.parse(raw),
        raw,
        timestamp: headers['webhook-timestamp'],
        signature: headers['webhook-signature'],
        at: Date.now(),
        status,
      })
      response.statusCode = verified ? status : 401
      response.end()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  const receiver: Receiver = {
    url: `http://localhost:${port}/hooks`,
    requests,
    accepted: (type) =>
      requests.filter((r) => r.verified && r.status < 300 && (type === undefined || r.body.type === type)),
    respondWith: (next) => void (status = next),
    async waitFor(predicate, timeoutMs = 20_000) {
      const deadline = Date.now() + timeoutMs
      while (!predicate(receiver)) {
        if (Date.now() > deadline) throw new Error(`receiver: condition not met in ${timeoutMs} ms`)
        await new Promise((resolve) => setTimeout(resolve, 50))
      }
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
  return receiver
}

export type TestClock = Clock & { set(at: Date): void }

/** A clock that reads `start` now and advances in real time (tests reach 18:00 two seconds after 17:59:58). */
export function offsetClock(start: Date = new Date()): TestClock {
  let offsetMs = start.getTime() - Date.now()
  return {
    now: () => new Date(Date.now() + offsetMs),
    set: (at) => void (offsetMs = at.getTime() - Date.now()),
  }
}

export function createTestService(
  database: { db: Db; executeSql: SqlExecutor },
  options: {
    clock?: Clock
    retry?: RetrySchedule
    requestTimeoutMs?: number
    safetyNetDelayMs?: number
  } = {},
): WebhookService {
  return new WebhookService({
    db: database.db,
    executeSql: database.executeSql,
    policy: TEST_POLICY,
    secretKey: TEST_SECRET_KEY,
    pollingIntervalSeconds: 0.5,
    ...options,
  })
}

/** Adds an endpoint the way the settings page does; returns its id and plain secret (shown once). */
export async function addEndpoint(
  db: Db,
  organizationId: string,
  url: string,
  events: WebhookEventType[] = ['routing.changed', 'settings.updated', 'presence.changed'],
): Promise<{ id: string; secret: string }> {
  const secret = generateSigningSecret()
  const created = await createWebhookEndpoint(
    db,
    organizationId,
    { url, description: 'test receiver', events, enabled: true },
    encryptSecret(secret, TEST_SECRET_KEY),
  )
  if (!created.ok) throw new Error(created.reason)
  return { id: created.endpoint.id, secret }
}
