// POSTs a webhook without letting a customer-supplied URL reach our own network (SSRF, issue 15).
//
// The URL is checked before DNS (scheme, credentials, IP literals, localhost names), then the connection resolves the
// host name through `lookup` below, which refuses the connection if ANY address the name resolves to is private,
// loopback (unless allowed), link-local or reserved — and the socket connects to exactly the address we checked, so a
// DNS answer that changes between check and connect (rebinding) cannot slip through. Redirects are followed only
// for 307/308 (the POST is repeated), at most 3, and each target goes through the same checks; any other 3xx is a
// non-2xx answer, i.e. a failure.
import dns from 'node:dns'
import http from 'node:http'
import https from 'node:https'
import type { LookupFunction } from 'node:net'
import {
  addressVerdict,
  checkWebhookUrl,
  type UrlRefusal,
  type WebhookUrlPolicy,
} from '@/lib/webhooks/address-policy'

export class RefusedUrlError extends Error {
  constructor(
    readonly refusal: UrlRefusal,
    readonly url: string,
  ) {
    super(`refused webhook URL ${url}: ${refusal}`)
  }
}

export type PostResult = { status: number; latencyMs: number; finalUrl: string }

const MAX_REDIRECTS = 3
const MAX_RESPONSE_BYTES = 64 * 1024

/** Resolves a host name to all its addresses (injectable so tests can play a hostile DNS). */
export type ResolveHost = (hostname: string) => Promise<dns.LookupAddress[]>

export const systemResolve: ResolveHost = (hostname) => dns.promises.lookup(hostname, { all: true })

function guardedLookup(policy: WebhookUrlPolicy, url: string, resolveHost: ResolveHost): LookupFunction {
  return (hostname, options, callback) => {
    resolveHost(hostname).then(
      (list) => {
        if (list.length === 0) return callback(new Error(`no address for ${hostname}`), '', 0)
        for (const entry of list) {
          const refusal = addressVerdict(entry.address, policy)
          if (refusal) return callback(new RefusedUrlError(refusal, url), '', 0)
        }
        if ((options as { all?: boolean }).all) return callback(null, list as never)
        const first = list[0]!
        callback(null, first.address, first.family)
      },
      (error: NodeJS.ErrnoException) => callback(error, '', 0),
    )
  }
}

function postOnce(
  url: URL,
  body: string,
  headers: Record<string, string>,
  policy: WebhookUrlPolicy,
  signal: AbortSignal,
  resolveHost: ResolveHost,
): Promise<{ status: number; location: string | null }> {
  return new Promise((resolve, reject) => {
    const transport = url.protocol === 'https:' ? https : http
    const request = transport.request(
      url,
      {
        method: 'POST',
        headers: { ...headers, 'content-length': Buffer.byteLength(body).toString() },
        lookup: guardedLookup(policy, url.toString(), resolveHost),
        signal,
        // No connection reuse: every request resolves (and checks) the host again.
        agent: false,
      },
      (response) => {
        let received = 0
        response.on('data', (chunk: Buffer) => {
          received += chunk.length
          // We only need the status; stop reading a runaway body.
          if (received > MAX_RESPONSE_BYTES) response.destroy()
        })
        const done = () =>
          resolve({ status: response.statusCode ?? 0, location: response.headers.location ?? null })
        response.on('end', done)
        response.on('close', done)
        response.on('error', done)
      },
    )
    request.on('error', (error) => {
      // The lookup's refusal surfaces as the request error; keep it recognisable.
      const cause = (error as { cause?: unknown }).cause
      reject(cause instanceof RefusedUrlError ? cause : error)
    })
    request.end(body)
  })
}

/**
 * POSTs `body` to `rawUrl` within `timeoutMs` (the whole exchange, redirects included). Throws RefusedUrlError for a
 * refused URL or redirect target; network errors and timeouts throw too; any HTTP answer resolves with its status.
 */
export async function guardedPost(
  rawUrl: string,
  body: string,
  headers: Record<string, string>,
  policy: WebhookUrlPolicy,
  timeoutMs: number,
  resolveHost: ResolveHost = systemResolve,
): Promise<PostResult> {
  const started = performance.now()
  const signal = AbortSignal.timeout(timeoutMs)
  let current = rawUrl
  for (let hop = 0; ; hop++) {
    const refusal = checkWebhookUrl(current, policy)
    if (refusal) throw new RefusedUrlError(refusal, current)
    const { status, location } = await postOnce(new URL(current), body, headers, policy, signal, resolveHost)
    if ((status === 307 || status === 308) && location && hop < MAX_REDIRECTS) {
      current = new URL(location, current).toString()
      continue
    }
    return { status, latencyMs: Math.round(performance.now() - started), finalUrl: current }
  }
}
