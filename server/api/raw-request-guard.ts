import 'server-only'
// Requests that Node.js or Next.js answer before any route handler runs, answered as problem+json instead
// (issue 22 items 3 and 5). Installed on Node's HTTP server from instrumentation.ts, like server/peer-address.ts:
//
// - a /api/v1 path segment that is not valid percent-encoding (`/api/v1/scopes/%FF/settings`): Next.js decodes the
//   route's params before calling the handler, fails, and answered 500 text/plain → 400 naming the parameter;
// - a /api/v1 request whose method Next.js cannot route (TRACE, PROPFIND, …: it cannot build a Request for them and
//   answered 500) → 501, which RFC 9110 §15.6.2 gives to a method the server supports for no resource;
// - headers over Node's limit (http.maxHeaderSize, 16 KB unless --max-http-header-size says otherwise): Node answers
//   431 with no body before any JavaScript of ours sees the request; its 'clientError' event lets us write a
//   problem body instead (for any path: the request line may not even have been read).
import http from 'node:http'
import type { Duplex } from 'node:stream'
import { BASE_SECURITY_HEADERS } from '@/lib/http/security-headers'
import { requestIdFrom } from './envelope'
import { logger } from './logger'
import { ROUTE_METHODS } from './methods'
import { problemBody, PROBLEM_CONTENT_TYPE, type FieldError, type ProblemKind } from './problem'

const INSTALLED = Symbol.for('horarios.apiRawRequestGuard')

/** The /api/v1 paths with parameters (methods.test.ts checks them against the route files). */
export const PARAMETER_PATHS = [
  '/api/v1/scopes/{scope}/settings',
  '/api/v1/scopes/{scope}/effective-hours',
  '/api/v1/scopes/{scope}/business-time',
  '/api/v1/scopes/{scope}/business-time/add',
  '/api/v1/agents/{agentId}/presence',
  '/api/v1/agents/{agentId}/load',
] as const

function isApiPath(pathname: string): boolean {
  return pathname === '/api/v1' || pathname.startsWith('/api/v1/')
}

function decodes(segment: string): boolean {
  try {
    decodeURIComponent(segment)
    return true
  } catch {
    return false
  }
}

/** Field errors for the segments of `pathname` that are not valid percent-encoding; none when all are fine. */
export function malformedPathErrors(pathname: string): FieldError[] {
  const segments = pathname.split('/')
  const bad = segments.flatMap((segment, i) => (decodes(segment) ? [] : [i]))
  if (bad.length === 0) return []
  const message = 'Not valid percent-encoding (UTF-8 bytes as %XX)'
  for (const template of PARAMETER_PATHS) {
    const parts = template.split('/')
    if (parts.length !== segments.length) continue
    const names = bad.map((i) => /^\{(\w+)\}$/.exec(parts[i]!)?.[1])
    const literalsMatch = parts.every((part, i) => part.startsWith('{') || part === segments[i])
    if (literalsMatch && names.every(Boolean)) return names.map((name) => ({ path: name!, message }))
  }
  return [{ path: '(path)', message }]
}

/** What the guard answers for this request line, or null to let Next.js handle it. */
export function guardAnswer(
  method: string,
  target: string,
): { kind: ProblemKind; detail: string; errors?: FieldError[] } | null {
  const pathname = target.split('?')[0] ?? ''
  if (!isApiPath(pathname)) return null
  if (!(ROUTE_METHODS as readonly string[]).includes(method)) {
    return { kind: 'not-implemented', detail: `This API does not support ${method} on any path.` }
  }
  const errors = malformedPathErrors(pathname)
  if (errors.length === 0) return null
  return { kind: 'validation', detail: 'The path is not valid percent-encoding; see errors.', errors }
}

function problemText(kind: ProblemKind, detail: string, extra: object): string {
  return JSON.stringify({ ...problemBody(kind, detail), ...extra })
}

function answerRequest(request: http.IncomingMessage, response: http.ServerResponse): boolean {
  const answer = guardAnswer(request.method ?? '', request.url ?? '')
  if (!answer) return false
  const started = performance.now()
  const incoming = request.headers['x-request-id']
  const requestId = requestIdFrom(typeof incoming === 'string' ? incoming : null)
  const pathname = (request.url ?? '').split('?')[0]!
  const body = problemText(answer.kind, answer.detail, {
    ...(answer.errors && { errors: answer.errors }),
    instance: pathname,
    requestId,
  })
  const status = problemBody(answer.kind).status
  response.writeHead(status, {
    ...BASE_SECURITY_HEADERS,
    'content-type': PROBLEM_CONTENT_TYPE,
    'content-length': Buffer.byteLength(body),
    'cache-control': 'no-store',
    'x-request-id': requestId,
  })
  response.end(request.method === 'HEAD' ? undefined : body)
  const ms = Math.round((performance.now() - started) * 100) / 100
  logger.info({ requestId, method: request.method, path: pathname, status, ms }, 'api request')
  return true
}

export function headerLimitKilobytes(): number {
  return Math.round(http.maxHeaderSize / 1024)
}

/** A complete HTTP/1.1 431 answer with a problem body, written on the socket Node is about to give up on. */
export function headersTooLargeAnswer(requestId: string): string {
  const body = problemText(
    'header-fields-too-large',
    `The request headers are over ${headerLimitKilobytes()} KB in all (this server's limit); send fewer or shorter headers.`,
    { requestId },
  )
  const headers = {
    ...BASE_SECURITY_HEADERS,
    'Content-Type': PROBLEM_CONTENT_TYPE,
    'Content-Length': String(Buffer.byteLength(body)),
    'Cache-Control': 'no-store',
    'X-Request-Id': requestId,
    Connection: 'close',
  }
  const head = Object.entries(headers).map(([name, value]) => `${name}: ${value}`)
  return `HTTP/1.1 431 Request Header Fields Too Large\r\n${head.join('\r\n')}\r\n\r\n${body}`
}

function answerClientError(error: { code?: string }, socket: Duplex): boolean {
  if (error.code !== 'HPE_HEADER_OVERFLOW' || !socket.writable) return false
  const requestId = requestIdFrom(null)
  socket.end(headersTooLargeAnswer(requestId))
  logger.warn({ requestId, status: 431, limitBytes: http.maxHeaderSize }, 'request headers too large')
  return true
}

export function installApiRequestGuard(): void {
  const proto = http.Server.prototype as unknown as Record<symbol, boolean> & {
    emit: (event: string | symbol, ...args: unknown[]) => boolean
  }
  if (proto[INSTALLED]) return
  proto[INSTALLED] = true
  const emit = proto.emit
  proto.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === 'request') {
      if (answerRequest(args[0] as http.IncomingMessage, args[1] as http.ServerResponse)) return true
    } else if (event === 'clientError') {
      // Returning true tells Node a listener took care of the socket (it writes its own bare answer otherwise).
      if (answerClientError(args[0] as { code?: string }, args[1] as Duplex)) return true
    }
    return emit.call(this, event, ...args)
  }
}
