// GET /api/v1/openapi.json — the OpenAPI 3.1 document, generated from the zod schemas the handlers parse with.
import { createApiDocument } from '@/lib/api/openapi'

export const dynamic = 'force-static'

export function GET() {
  return Response.json(createApiDocument(), { headers: { 'access-control-allow-origin': '*' } })
}
