// Issue 22 item 10 — what readers and tools make of the OpenAPI document: every integer has real bounds (Scalar
// showed "version": -9007199254740991 as an example), the health checks say they take no key and list a 4XX
// (Redocly's recommended rules; `npm run lint:openapi` runs them), and Scalar's own document check — the one
// /docs/api runs in the browser — finds nothing to warn about (it warned on Decision).
import { describe, expect, it, vi } from 'vitest'
import { createWorkspaceStore } from '@scalar/workspace-store/client'
import { createApiDocument } from './openapi'

type Node = Record<string, unknown>

type IntegerSchema = { path: string; minimum: unknown; maximum: unknown }

function integers(node: unknown, path = '#'): IntegerSchema[] {
  if (Array.isArray(node)) return node.flatMap((child, i) => integers(child, `${path}/${i}`))
  if (!node || typeof node !== 'object') return []
  const { type, minimum, maximum } = node as Node
  return [
    ...(type === 'integer' ? [{ path, minimum, maximum }] : []),
    ...Object.entries(node).flatMap(([key, child]) => integers(child, `${path}/${key}`)),
  ]
}

describe('OpenAPI document quality', () => {
  it('every integer has bounds a person would recognise (within 0 … 2^31 − 1, never ±2^53)', () => {
    const unbounded = integers(createApiDocument()).filter(
      ({ minimum, maximum }) =>
        typeof minimum !== 'number' || typeof maximum !== 'number' || minimum < 0 || maximum > 2_147_483_647,
    )
    expect(unbounded).toEqual([])
    const schemas = createApiDocument().components!.schemas as Record<string, Node>
    const version = (schemas.ScopeSummary!.properties as Record<string, Node>).version
    expect(version).toMatchObject({ minimum: 1, maximum: 2_147_483_647 })
  })

  it('/api/health and /api/ready take no key (security: []) and list a 4XX', () => {
    const paths = createApiDocument().paths as Record<
      string,
      { get: { security?: unknown; responses: Node } }
    >
    for (const path of ['/api/health', '/api/ready']) {
      expect({ path, security: paths[path]!.get.security }).toEqual({ path, security: [] })
      expect(Object.keys(paths[path]!.get.responses).some((status) => /^4/.test(status))).toBe(true)
    }
  })

  it('Scalar’s document check finds no validation errors', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const log = vi.spyOn(console, 'log').mockImplementation(() => {})
    try {
      const store = createWorkspaceStore()
      await store.addDocument({ name: 'horarios', document: JSON.parse(JSON.stringify(createApiDocument())) })
      const complaints = warn.mock.calls
        .flat()
        .flatMap((arg) =>
          Array.isArray(arg)
            ? arg.map((e: { path?: string; message?: string }) => `${e.path} ${e.message}`)
            : [],
        )
      expect(warn.mock.calls.map((call) => String(call[0]))).not.toContain('document validation errors: ')
      expect(complaints).toEqual([])
    } finally {
      warn.mockRestore()
      log.mockRestore()
    }
  }, 60_000)
})
