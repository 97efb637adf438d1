// npm run api:generate — writes the OpenAPI document generated from the zod schemas (docs/api/openapi.json) and the
// TypeScript types a client would generate from it (lib/api/generated/openapi.d.ts, openapi-typescript). Both are
// committed; lib/api/openapi.test.ts fails when either drifts from the code.
import fs from 'node:fs'
import path from 'node:path'
import { openApiArtifacts, OPENAPI_DOCUMENT_PATH, OPENAPI_TYPES_PATH } from '../lib/api/openapi-artifacts'

const { document, types } = await openApiArtifacts()
for (const [file, content] of [
  [OPENAPI_DOCUMENT_PATH, document],
  [OPENAPI_TYPES_PATH, types],
] as const) {
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, content)
  console.log(`wrote ${file}`)
}
