// GET /api/v1/openapi.json — the OpenAPI 3.1 document, generated from the zod schemas the handlers parse with.
import { createApiDocument } from '@/lib/api/openapi'
import { otherMethods } from '@/server/api/methods'

export const dynamic = 'force-static'

export function GET() {
  return Response.json(createApiDocument(), { headers: { 'access-control-allow-origin': '*' } })
}

// Every other method: 405 problem JSON with Allow (server/api/methods.ts).
export const { HEAD, OPTIONS, POST, PUT, DELETE, PATCH } = otherMethods({ GET })
