import 'server-only'
// Next.js answers a method a route file does not export with an empty 405 (no Allow, no body), and fills in OPTIONS
// from what is exported. So every /api/v1 route file exports all seven methods Next.js routes — those it implements
// and, from here, the rest (issue 22 item 5; methods.test.ts checks every route file):
//
//   export const GET = apiRoute(…)
//   export const { HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = otherMethods({ GET })
//
// The rest answer 405 problem+json with Allow; HEAD runs GET when there is one (Node sends no body for it);
// OPTIONS is 204 with the same Allow. Methods Next.js cannot handle at all (TRACE, …) never reach a route file:
// raw-request-guard.ts answers them.
import { withEnvelope } from './envelope'
import { ProblemError } from './problem'

export const ROUTE_METHODS = ['GET', 'HEAD', 'OPTIONS', 'POST', 'PUT', 'DELETE', 'PATCH'] as const
export type RouteMethod = (typeof ROUTE_METHODS)[number]

type RouteHandler = (
  request: Request,
  route?: { params?: Promise<Record<string, string | string[]> | undefined> },
) => Promise<Response> | Response
type Implemented = Partial<Record<RouteMethod, RouteHandler>>

/** RFC 9110 §10.2.1: the methods the resource supports, sorted like Next.js's own OPTIONS answer. */
export function allowHeader(implemented: readonly string[]): string {
  const allow = new Set([...implemented, 'OPTIONS'])
  if (allow.has('GET')) allow.add('HEAD')
  return [...allow].sort().join(', ')
}

export function methodNotAllowed(allow: string) {
  return (request: Request): Promise<Response> =>
    withEnvelope(request, async () => {
      throw new ProblemError('method-not-allowed', `${request.method} is not allowed here; use ${allow}.`, {
        headers: { allow },
      })
    })
}

export function otherMethods<const T extends Implemented>(
  implemented: T,
): Record<Exclude<RouteMethod, keyof T>, RouteHandler> {
  const names = ROUTE_METHODS.filter((method) => implemented[method])
  const allow = allowHeader(names)
  const refuse = methodNotAllowed(allow)
  const handlers: Partial<Record<RouteMethod, RouteHandler>> = {}
  for (const method of ROUTE_METHODS) {
    if (implemented[method]) continue
    if (method === 'HEAD' && implemented.GET) handlers.HEAD = implemented.GET
    else if (method === 'OPTIONS')
      handlers.OPTIONS = () => new Response(null, { status: 204, headers: { allow } })
    else handlers[method] = refuse
  }
  return handlers as Record<Exclude<RouteMethod, keyof T>, RouteHandler>
}
