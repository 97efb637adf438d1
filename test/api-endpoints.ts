// The /api/v1 endpoints as the authorization matrix (server/api/authorization.test.ts) sees them: what each needs,
// a request that succeeds for Tienda Aurora, and the same request aimed at Café Montaña's ids. A new endpoint gets a
// row here. Requests go through test/api-client.ts, so every response is validated against the OpenAPI document.
import type { ApiKeyPermission } from '@/lib/api/api-key-schema'
import { apiFetch, BASE_URL } from './api-client'

export type Endpoint = {
  name: string
  method: 'GET' | 'POST' | 'PUT'
  needs: ApiKeyPermission[]
  /** A request that succeeds for Tienda Aurora with a key holding `needs`. */
  own: (ids: Ids) => { path: string; body?: unknown; headers?: Record<string, string> }
  /** The same request aimed at Café Montaña's ids (null: the endpoint takes no id). */
  other: ((ids: Ids) => { path: string; body?: unknown; headers?: Record<string, string> }) | null
}

export type Ids = { auroraAgent: string; montanaAgent: string; nocturnoVersion: () => Promise<number> }

const at = '2026-11-30T15:00:00Z'
export const ENDPOINTS: Endpoint[] = [
  {
    name: 'GET scopes',
    method: 'GET',
    needs: ['routing:read', 'settings:read'],
    own: () => ({ path: '/api/v1/scopes' }),
    other: null,
  },
  {
    name: 'GET decision',
    method: 'GET',
    needs: ['routing:read'],
    own: () => ({ path: `/api/v1/routing/decision?scope=dep_aurora_ventas&at=${at}` }),
    other: () => ({ path: `/api/v1/routing/decision?scope=dep_montana_pedidos&at=${at}` }),
  },
  {
    name: 'POST decisions',
    method: 'POST',
    needs: ['routing:read'],
    own: () => ({
      path: '/api/v1/routing/decisions',
      body: { requests: [{ scope: 'general' }, { scope: 'dep_aurora_ventas' }] },
    }),
    other: () => ({
      path: '/api/v1/routing/decisions',
      body: { requests: [{ scope: 'general' }, { scope: 'dep_montana_pedidos' }] },
    }),
  },
  {
    name: 'POST overflow',
    method: 'POST',
    needs: ['routing:read'],
    own: () => ({ path: '/api/v1/routing/overflow', body: { scope: 'dep_aurora_ventas', at } }),
    other: () => ({ path: '/api/v1/routing/overflow', body: { scope: 'dep_montana_pedidos', at } }),
  },
  {
    name: 'GET effective-hours',
    method: 'GET',
    needs: ['routing:read', 'settings:read'],
    own: () => ({ path: '/api/v1/scopes/dep_aurora_ventas/effective-hours?from=2026-12-01&to=2026-12-07' }),
    other: () => ({
      path: '/api/v1/scopes/dep_montana_pedidos/effective-hours?from=2026-12-01&to=2026-12-07',
    }),
  },
  {
    name: 'GET business-time',
    method: 'GET',
    needs: ['routing:read', 'settings:read'],
    own: () => ({
      path: `/api/v1/scopes/dep_aurora_ventas/business-time?from=${at}&to=2026-12-02T15:00:00Z`,
    }),
    other: () => ({
      path: `/api/v1/scopes/dep_montana_pedidos/business-time?from=${at}&to=2026-12-02T15:00:00Z`,
    }),
  },
  {
    name: 'GET business-time/add',
    method: 'GET',
    needs: ['routing:read', 'settings:read'],
    own: () => ({ path: `/api/v1/scopes/dep_aurora_ventas/business-time/add?at=${at}&minutes=90` }),
    other: () => ({ path: `/api/v1/scopes/dep_montana_pedidos/business-time/add?at=${at}&minutes=90` }),
  },
  {
    name: 'GET settings',
    method: 'GET',
    needs: ['settings:read', 'settings:write'],
    own: () => ({ path: '/api/v1/scopes/dep_aurora_turno_nocturno/settings' }),
    other: () => ({ path: '/api/v1/scopes/dep_montana_pedidos/settings' }),
  },
  {
    name: 'PUT settings',
    method: 'PUT',
    needs: ['settings:write'],
    own: () => ({ path: '/api/v1/scopes/dep_aurora_turno_nocturno/settings' }),
    other: () => ({ path: '/api/v1/scopes/dep_montana_pedidos/settings' }),
  },
  {
    name: 'GET agents',
    method: 'GET',
    needs: ['routing:read', 'presence:write'],
    own: () => ({ path: '/api/v1/agents' }),
    other: null,
  },
  {
    name: 'PUT presence',
    method: 'PUT',
    needs: ['presence:write'],
    own: (ids) => ({ path: `/api/v1/agents/${ids.auroraAgent}/presence`, body: { presence: 'away' } }),
    other: (ids) => ({ path: `/api/v1/agents/${ids.montanaAgent}/presence`, body: { presence: 'away' } }),
  },
  {
    name: 'PUT load',
    method: 'PUT',
    needs: ['presence:write'],
    own: (ids) => ({ path: `/api/v1/agents/${ids.auroraAgent}/load`, body: { activeChats: 3 } }),
    other: (ids) => ({ path: `/api/v1/agents/${ids.montanaAgent}/load`, body: { activeChats: 3 } }),
  },
  {
    name: 'PUT load (batch)',
    method: 'PUT',
    needs: ['presence:write'],
    own: (ids) => ({
      path: '/api/v1/agents/load',
      body: { agents: [{ id: ids.auroraAgent, activeChats: 4 }] },
    }),
    other: (ids) => ({
      path: '/api/v1/agents/load',
      body: { agents: [{ id: ids.montanaAgent, activeChats: 4 }] },
    }),
  },
]

export function call(
  method: string,
  target: { path: string; body?: unknown; headers?: Record<string, string> },
  secret?: string | null,
) {
  return apiFetch(`${BASE_URL}${target.path}`, {
    method,
    headers: {
      ...(secret ? { authorization: `Bearer ${secret}` } : {}),
      ...(target.body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...target.headers,
    },
    ...(target.body !== undefined
      ? { body: typeof target.body === 'string' ? target.body : JSON.stringify(target.body) }
      : {}),
  })
}
