// /docs/api — the interactive API reference (Scalar) over /api/v1/openapi.json.
import { ApiReference } from '@scalar/nextjs-api-reference'

export const GET = ApiReference({
  url: '/api/v1/openapi.json',
  pageTitle: 'Horarios API',
})
