// The committed OpenAPI document and the client types generated from it must be exactly what the code generates
// now: change a schema without `npm run api:generate` and this fails (CI runs it with the rest of the suite).
import fs from 'node:fs'
import { describe, expect, it } from 'vitest'
import { OPENAPI_DOCUMENT_PATH, OPENAPI_TYPES_PATH, openApiArtifacts } from './openapi-artifacts'
import { createApiDocument } from './openapi'

describe('OpenAPI document', () => {
  it('the committed docs/api/openapi.json and its generated types match the code (run npm run api:generate)', async () => {
    const { document, types } = await openApiArtifacts()
    expect(fs.readFileSync(OPENAPI_DOCUMENT_PATH, 'utf8')).toBe(document)
    expect(fs.readFileSync(OPENAPI_TYPES_PATH, 'utf8')).toBe(types)
  }, 60_000)

  it('is OpenAPI 3.1, secured by API keys, and documents a problem for every error of every operation', () => {
    const doc = createApiDocument()
    expect(doc.openapi).toBe('3.1.0')
    const operations = Object.entries(doc.paths ?? {}).flatMap(([path, item]) =>
      Object.entries(item ?? {}).map(([method, op]) => ({
        path,
        method,
        op: op as { responses: Record<string, { content?: object }>; security?: unknown },
      })),
    )
    expect(operations.length).toBe(15)
    for (const { path, op } of operations) {
      for (const [status, response] of Object.entries(op.responses)) {
        if (Number(status) >= 400 && path.startsWith('/api/v1/')) {
          expect(Object.keys(response.content ?? {})).toEqual(['application/problem+json'])
        }
      }
      if (path.startsWith('/api/v1/')) {
        expect(op.security).toEqual([{ apiKey: [] }])
        expect(Object.keys(op.responses)).toEqual(expect.arrayContaining(['401', '403', '429']))
      }
    }
  })
})
