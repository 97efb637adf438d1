import 'server-only'
// RFC 9457 problem details for every API error: application/problem+json with type, title, status, detail, and for
// validation errors the list of field paths and messages.
import type { z } from 'zod'
import { jsonResponse } from './json-response'

export const PROBLEM_CONTENT_TYPE = 'application/problem+json'

export type ProblemKind =
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'validation'
  | 'malformed-json'
  | 'payload-too-large'
  | 'unsupported-media-type'
  | 'precondition-required'
  | 'precondition-failed'
  | 'rate-limited'
  | 'too-many-invalid-keys'
  | 'method-not-allowed'
  | 'header-fields-too-large'
  | 'client-closed-request'
  | 'internal'
  | 'not-implemented'
  | 'unavailable'

const TITLES: Record<ProblemKind, [number, string]> = {
  unauthorized: [401, 'Missing, invalid or revoked API key'],
  forbidden: [403, 'The API key lacks a permission this request needs'],
  'not-found': [404, 'Not found'],
  validation: [400, 'The request is not valid'],
  'malformed-json': [400, 'The body is not valid JSON'],
  'payload-too-large': [413, 'The body is larger than 256 KB'],
  'unsupported-media-type': [415, 'Send the body as UTF-8 application/json'],
  'precondition-required': [428, 'If-Match is required'],
  'precondition-failed': [412, 'The settings changed since the version you sent'],
  'rate-limited': [429, 'Too many requests for this API key'],
  'too-many-invalid-keys': [429, 'Too many unknown API keys from this address'],
  'method-not-allowed': [405, 'Method not allowed'],
  'header-fields-too-large': [431, 'The request headers are too large'],
  // Never reaches anyone (the client has gone); the status is nginx's, so the log line says what happened.
  'client-closed-request': [499, 'The client closed the connection before the request was complete'],
  internal: [500, 'Internal error'],
  'not-implemented': [501, 'This server does not support the request method'],
  unavailable: [503, 'Service unavailable'],
}

export type FieldError = { path: string; message: string }

export type Problem = {
  type: string
  title: string
  status: number
  detail?: string
  instance?: string
  requestId?: string
  errors?: FieldError[]
}

export class ProblemError extends Error {
  constructor(
    readonly kind: ProblemKind,
    readonly detail?: string,
    readonly options: { errors?: FieldError[]; headers?: Record<string, string> } = {},
  ) {
    super(detail ?? TITLES[kind][1])
  }
}

export function problemBody(kind: ProblemKind, detail?: string, errors?: FieldError[]): Problem {
  const [status, title] = TITLES[kind]
  return {
    type: `urn:horarios:problem:${kind}`,
    title,
    status,
    ...(detail && { detail }),
    ...(errors && { errors }),
  }
}

export function problemResponse(
  kind: ProblemKind,
  detail: string | undefined,
  init: {
    requestId?: string
    instance?: string
    errors?: FieldError[]
    headers?: Record<string, string>
  } = {},
): Response {
  const body: Problem = {
    ...problemBody(kind, detail, init.errors),
    ...(init.instance && { instance: init.instance }),
    ...(init.requestId && { requestId: init.requestId }),
  }
  return jsonResponse(body, { status: body.status, contentType: PROBLEM_CONTENT_TYPE, headers: init.headers })
}

/** Each zod issue as a field path ("requests.3.at") and its message. */
export function zodFieldErrors(error: z.ZodError, prefix = ''): FieldError[] {
  return error.issues.map((issue) => ({
    path: [prefix, ...issue.path.map(String)].filter(Boolean).join('.') || '(body)',
    message: issue.message,
  }))
}
