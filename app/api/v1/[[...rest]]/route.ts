// Any /api/v1 path no route has: 404 problem JSON for every method (issue 22 item 5), instead of Next.js's HTML
// not-found page. Next.js prefers every more specific route, so this only ever answers paths that exist nowhere.
import { withEnvelope } from '@/server/api/envelope'
import { ProblemError } from '@/server/api/problem'

function notFound(request: Request): Promise<Response> {
  return withEnvelope(request, async ({ url }) => {
    throw new ProblemError(
      'not-found',
      `There is no ${url.pathname} in this API; the endpoints are listed at /docs/api and /api/v1/openapi.json.`,
    )
  })
}

export const GET = notFound
export const HEAD = notFound
export const OPTIONS = notFound
export const POST = notFound
export const PUT = notFound
export const PATCH = notFound
export const DELETE = notFound
