// /docs/api — the interactive API reference (Scalar) over /api/v1/openapi.json, its script served by the app.
import { ApiReference } from '@scalar/nextjs-api-reference'

export const GET = ApiReference({
  url: '/api/v1/openapi.json',
  pageTitle: 'Horarios API',
  cdn: '/docs/api/scalar.js',
})
