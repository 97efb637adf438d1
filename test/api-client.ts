// Contract-test client for the public API: openapi-fetch (typed by the types openapi-typescript generated from the
// committed docs/api/openapi.json) calling the real route handlers in-process. EVERY response that passes through
// here is validated against the OpenAPI document with Ajv (JSON Schema 2020-12): an undocumented status code or
// a body that does not match its schema fails the test that caused it.
import createClient from 'openapi-fetch'
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import type { ValidateFunction } from 'ajv'
import type { paths } from '@/lib/api/generated/openapi'
import document from '@/docs/api/openapi.json'
import * as scopes from '@/app/api/v1/scopes/route'
import * as decision from '@/app/api/v1/routing/decision/route'
import * as decisions from '@/app/api/v1/routing/decisions/route'
import * as overflow from '@/app/api/v1/routing/overflow/route'
import * as effectiveHours from '@/app/api/v1/scopes/[scope]/effective-hours/route'
import * as businessTime from '@/app/api/v1/scopes/[scope]/business-time/route'
import * as businessTimeAdd from '@/app/api/v1/scopes/[scope]/business-time/add/route'
import * as settings from '@/app/api/v1/scopes/[scope]/settings/route'
import * as agents from '@/app/api/v1/agents/route'
import * as presence from '@/app/api/v1/agents/[agentId]/presence/route'
import * as load from '@/app/api/v1/agents/[agentId]/load/route'
import * as loads from '@/app/api/v1/agents/load/route'
import * as health from '@/app/api/health/route'
import * as ready from '@/app/api/ready/route'

type Handler = (
  request: Request,
  context: { params?: Promise<Record<string, string>> },
) => Promise<Response> | Response

const MODULES: Record<string, Record<string, unknown>> = {
  '/api/v1/scopes': scopes,
  '/api/v1/routing/decision': decision,
  '/api/v1/routing/decisions': decisions,
  '/api/v1/routing/overflow': overflow,
  '/api/v1/scopes/{scope}/effective-hours': effectiveHours,
  '/api/v1/scopes/{scope}/business-time': businessTime,
  '/api/v1/scopes/{scope}/business-time/add': businessTimeAdd,
  '/api/v1/scopes/{scope}/settings': settings,
  '/api/v1/agents': agents,
  '/api/v1/agents/{agentId}/presence': presence,
  '/api/v1/agents/{agentId}/load': load,
  '/api/v1/agents/load': loads,
  '/api/health': health,
  '/api/ready': ready,
}

export const BASE_URL = 'http://horarios.test'
type Doc = {
  paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, unknown> }> }>>
}
const doc = document as unknown as Doc

const ajv = new Ajv2020({ strict: false, allErrors: true })
addFormats(ajv)
ajv.addSchema({ ...document, $id: 'openapi' })
const validators = new Map<string, ValidateFunction>()

const pointer = (...parts: string[]) =>
  parts.map((p) => p.replaceAll('~', '~0').replaceAll('/', '~1')).join('/')

function matchRoute(pathname: string): { template: string; params: Record<string, string> } | null {
  for (const template of Object.keys(MODULES)) {
    const names: string[] = []
    const pattern = new RegExp(
      `^${template.replace(/\{(\w+)\}/g, (_, name: string) => {
        names.push(name)
        return '([^/]+)'
      })}$`,
    )
    const match = pattern.exec(pathname)
    if (match) {
      return {
        template,
        params: Object.fromEntries(names.map((name, i) => [name, decodeURIComponent(match[i + 1]!)])),
      }
    }
  }
  return null
}

export type ValidatedResponse = { status: number; body: unknown; contentType: string | null }
/** Every response seen, validated (the suites assert how many, so a test cannot silently skip validation). */
export const seen: ValidatedResponse[] = []

/** Throws when the response is not what the OpenAPI document says this operation returns. */
export async function validateAgainstDocument(
  template: string,
  method: string,
  response: Response,
): Promise<void> {
  const operation = doc.paths[template]?.[method.toLowerCase()]
  if (!operation) throw new Error(`${method} ${template} is not in the OpenAPI document`)
  const status = String(response.status)
  const documented = operation.responses[status]
  if (!documented)
    throw new Error(`${method} ${template} answered ${status}, which the document does not list`)
  const contentType = response.headers.get('content-type')?.split(';')[0]?.trim() ?? null
  const media = contentType ? documented.content?.[contentType] : undefined
  if (!media)
    throw new Error(`${method} ${template} ${status}: content type ${contentType} is not documented`)
  const body = await response.clone().json()
  const ref = `openapi#/${pointer('paths', template, method.toLowerCase(), 'responses', status, 'content', contentType!, 'schema')}`
  let validate = validators.get(ref)
  if (!validate) {
    validate = ajv.compile({ $ref: ref })
    validators.set(ref, validate)
  }
  if (!validate(body)) {
    throw new Error(
      `${method} ${template} ${status} does not match the document: ${ajv.errorsText(validate.errors)}\n${JSON.stringify(body).slice(0, 500)}`,
    )
  }
  seen.push({ status: response.status, body, contentType })
}

/** fetch() for the route handlers: dispatches in-process, validates the response, returns it. */
export async function apiFetch(input: Request | string | URL, init?: RequestInit): Promise<Response> {
  const request = input instanceof Request ? input : new Request(input, init)
  const url = new URL(request.url)
  const route = matchRoute(url.pathname)
  if (!route) throw new Error(`no route for ${url.pathname}`)
  const handler = MODULES[route.template]![request.method] as Handler | undefined
  if (!handler) throw new Error(`${request.method} ${route.template} has no handler`)
  // Like Next: a route without dynamic segments gets no params at all.
  const response = await handler(
    request,
    Object.keys(route.params).length ? { params: Promise.resolve(route.params) } : {},
  )
  await validateAgainstDocument(route.template, request.method, response)
  return response
}

/** A typed client (openapi-fetch) authenticated with `secret` (or with nothing). */
export function apiClient(secret?: string | null) {
  return createClient<paths>({
    baseUrl: BASE_URL,
    fetch: (request: Request) => apiFetch(request),
    headers: secret ? { authorization: `Bearer ${secret}` } : {},
  })
}
