// Issue 22 item 5 — every answer of /api/v1 is problem JSON: a method a route does not implement is 405 with
// `Allow` (Next.js's own answer is an empty body), OPTIONS lists the same methods, and a path no route has is 404
// (Next.js's is its HTML not-found page). Checked for every route file on disk, so a new route cannot miss it.
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import document from '@/docs/api/openapi.json'

const METHODS = ['GET', 'HEAD', 'OPTIONS', 'POST', 'PUT', 'DELETE', 'PATCH'] as const
const ROOT = path.resolve('app/api/v1')
const CATCH_ALL = '[[...rest]]'

type RouteModule = Record<string, (request: Request, context?: unknown) => Promise<Response> | Response>

/** app/api/v1/scopes/[scope]/settings/route.ts → /api/v1/scopes/{scope}/settings */
function routeFiles(): { template: string; file: string }[] {
  return fs
    .readdirSync(ROOT, { recursive: true })
    .map(String)
    .filter((file) => path.basename(file) === 'route.ts' && !file.includes(CATCH_ALL))
    .map((file) => ({
      file: path.join(ROOT, file),
      template: `/api/v1/${path.dirname(file).replace(/\[(\w+)\]/g, '{$1}')}`.replace(/\/\.$/, ''),
    }))
}

/** What each path implements, from the OpenAPI document (plus the document itself, which it does not list). */
function documentedMethods(template: string): string[] {
  if (template === '/api/v1/openapi.json') return ['GET']
  const item = (document.paths as Record<string, Record<string, unknown>>)[template]
  return Object.keys(item ?? {}).map((method) => method.toUpperCase())
}

function allowFor(implemented: string[]): string {
  const allow = new Set([...implemented, 'OPTIONS'])
  if (allow.has('GET')) allow.add('HEAD')
  return [...allow].sort().join(', ')
}

describe('methods and paths the API does not have (issue 22 item 5)', () => {
  const routes = routeFiles()

  it('finds every route of the document on disk', () => {
    const documented = Object.keys(document.paths).filter((p) => p.startsWith('/api/v1/'))
    expect(routes.map((r) => r.template).sort()).toEqual([...documented, '/api/v1/openapi.json'].sort())
  })

  it.each(routeFiles())(
    '$template: every other method is 405 problem JSON with Allow',
    async ({ template, file }) => {
      const routeModule = (await import(file)) as RouteModule
      const implemented = documentedMethods(template)
      expect(implemented.length).toBeGreaterThan(0)
      for (const method of METHODS) {
        // Next.js answers an unexported method itself, with an empty 405: so each one must be exported.
        expect(typeof routeModule[method], `${template} exports ${method}`).toBe('function')
      }
      const url = `http://horarios.test${template.replace(/\{\w+\}/g, 'general')}`
      for (const method of METHODS.filter(
        (m) => !implemented.includes(m) && m !== 'OPTIONS' && !(m === 'HEAD' && implemented.includes('GET')),
      )) {
        const response = await routeModule[method]!(
          new Request(url, { method, headers: { 'x-request-id': 'req-405' } }),
          { params: Promise.resolve({ scope: 'general', agentId: 'a' }) },
        )
        expect(response.status, `${method} ${template}`).toBe(405)
        expect(response.headers.get('allow')).toBe(allowFor(implemented))
        expect(response.headers.get('content-type')).toBe('application/problem+json')
        expect(response.headers.get('x-request-id')).toBe('req-405')
        expect(await response.json()).toMatchObject({
          type: 'urn:horarios:problem:method-not-allowed',
          status: 405,
          instance: new URL(url).pathname,
          requestId: 'req-405',
          detail: expect.stringContaining(method),
        })
      }
      const options = await routeModule.OPTIONS!(new Request(url, { method: 'OPTIONS' }), {
        params: Promise.resolve({}),
      })
      expect(options.status).toBe(204)
      expect(options.headers.get('allow')).toBe(allowFor(implemented))
    },
  )

  it('a path no route has is 404 problem JSON, for every method', async () => {
    const file = path.join(ROOT, CATCH_ALL, 'route.ts')
    expect(fs.existsSync(file), 'app/api/v1/[[...rest]]/route.ts').toBe(true)
    const routeModule = (await import(file)) as RouteModule
    for (const method of METHODS) {
      const response = await routeModule[method]!(
        new Request('http://horarios.test/api/v1/scopes/general/nothing-here', { method }),
        { params: Promise.resolve({ rest: ['scopes', 'general', 'nothing-here'] }) },
      )
      expect(response.status, method).toBe(404)
      expect(response.headers.get('content-type')).toBe('application/problem+json')
      if (method === 'HEAD') continue
      expect(await response.json()).toMatchObject({
        type: 'urn:horarios:problem:not-found',
        status: 404,
        instance: '/api/v1/scopes/general/nothing-here',
        detail: expect.stringContaining('/docs/api'),
      })
    }
  })
})
