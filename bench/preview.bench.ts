// Preview benchmark (issue 7). Run: npx tsx bench/preview.bench.ts
// Targets: the /preview page of an organization with 50 departments renders server-side with p95 ≤ 150 ms
// (data access on an in-memory PGlite + lib/routing + React server render of the page's tree), and the 30-second
// overview refresh costs ≤ 20 ms of server time (data access + overview rows + JSON). Prints PASS/FAIL; exits 0.
import { register } from 'node:module'
// The app renders with React's production build (next start); measure the same.
;(process.env as Record<string, string>).NODE_ENV ??= 'production'
import { performance } from 'node:perf_hooks'

// db/dal/* import 'server-only' (which throws outside React Server Components): map it to an empty module.
register(
  `data:text/javascript,${encodeURIComponent(
    "export async function resolve(s, c, next) { return s === 'server-only' ? { url: 'data:text/javascript,export {}', shortCircuit: true } : next(s, c) }",
  )}`,
)

const { createElement } = await import('react')
const { renderToString } = await import('react-dom/server')
const { NextIntlClientProvider } = await import('next-intl')
const { AppRouterContext } = await import('next/dist/shared/lib/app-router-context.shared-runtime')
const { openDatabase } = await import('../db/connection')
const { seedDemo, DEMO_ORGANIZATIONS } = await import('../db/seed')
const scopes = await import('../db/dal/scopes')
const departments = await import('../db/dal/departments')
const agents = await import('../db/dal/agents')
const { buildPreviewData } = await import('../lib/preview/page-data')
const { getRoutingInputsCached } = await import('../db/dal/preview')
const { overviewRows } = await import('../lib/preview/overview')
const { PreviewView } = await import('../components/preview/preview-view')
const fs = await import('node:fs')

const messages = Object.fromEntries(
  ['common', 'auth', 'schedules', 'preview', 'agents'].map((ns) => [
    ns,
    JSON.parse(fs.readFileSync(`messages/es/${ns}.json`, 'utf8')),
  ]),
)

const handle = await openDatabase({ driver: 'pglite', dataDir: null })
await handle.migrate()
const db = handle.db
const now = new Date()
await seedDemo(db, { now })
const org = DEMO_ORGANIZATIONS.aurora.id

// Grow Tienda Aurora to 50 departments with their own, varied configurations and two agents each.
const general = await scopes.getScopeSettings(db, org, null)
if (!general) throw new Error('no General scope')
const existing = (await departments.listDepartments(db, org)).length
for (let i = existing; i < 50; i++) {
  const created = await departments.createDepartment(db, org, `Departamento ${i + 1}`)
  if (!created.ok) throw new Error(created.reason)
  const id = created.department.id
  const own = i % 5 !== 0 // every fifth uses General
  const range = (s: string, e: string) => [{ start: s, end: e }]
  const weekly = {
    mon: range('08:00', '18:00'),
    tue: range('08:00', '18:00'),
    wed: range('08:00', '18:00'),
    thu: range('08:00', '18:00'),
    fri: range('08:00', '17:00'),
    sat: i % 2 ? range('09:00', '13:00') : [],
    sun: i % 3 ? [] : range('22:00', '06:00'),
  }
  const saved = await scopes.saveScopeSettings(
    db,
    org,
    id,
    {
      expectedVersion: 1,
      usesGeneral: !own,
      config: {
        ...general.config,
        business: { ...general.config.business, weekly },
        priority: i % 2 ? 'agents' : 'assistant',
        assistant: i % 3 === 0 ? null : { name: `Bot ${i}`, active: i % 4 !== 0, schedule: null },
      },
    },
    { userId: null, name: 'bench' },
  )
  if (!saved.ok) throw new Error(saved.reason)
  for (const k of [0, 1]) {
    const made = await agents.createAgent(db, org, { name: `Asesor ${i}-${k}`, departmentIds: [id] })
    if (made.ok && k === 0) await agents.setAgentPresence(db, org, made.agent.id, 'online')
  }
}
const allScopes = await scopes.listScopes(db, org)
const target = allScopes[Math.floor(allScopes.length / 2)]?.departmentId ?? null

const router = {
  push: () => {},
  replace: () => {},
  refresh: () => {},
  prefetch: () => {},
  back: () => {},
  forward: () => {},
  hmrRefresh: () => {},
}

const renderShare: number[] = []
async function renderPage(): Promise<number> {
  const t0 = performance.now()
  const at = new Date()
  const data = buildPreviewData(await getRoutingInputsCached(db, org), target, at)
  if (!data) throw new Error('scope not found')
  const t1 = performance.now()
  const html = renderToString(
    createElement(NextIntlClientProvider, {
      locale: 'es',
      messages,
      timeZone: 'UTC',
      now: at,
      children: createElement(
        AppRouterContext.Provider,
        { value: router as never },
        createElement(PreviewView, {
          scopes: data.scopes,
          scope: data.scope,
          companyName: 'Tienda Aurora',
          liveAgents: data.liveAgents,
          initialAt: null,
          initialAgents: null,
          initialFrom: null,
          invalidLink: { at: null, agents: null },
          nowMs: at.getTime(),
          initialRows: data.rows,
          settingsHref: '/settings/schedules',
        }),
      ),
    }),
  )
  if (html.length < 10_000) throw new Error('render too small')
  renderShare.push(performance.now() - t1)
  return performance.now() - t0
}

async function refreshOverview(): Promise<number> {
  const t0 = performance.now()
  const at = new Date()
  const rows = overviewRows(await getRoutingInputsCached(db, org), at)
  const body = JSON.stringify({ now: at.toISOString(), rows })
  if (rows.length !== 51 || body.length < 100) throw new Error(`unexpected overview (${rows.length} rows)`)
  return performance.now() - t0
}

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b)
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN
  return { p50: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1] ?? NaN }
}

if (process.env.BREAKDOWN) {
  for (let i = 0; i < 10; i++) {
    const a = performance.now()
    const inputs = await scopes.getAllRoutingInputs(db, org)
    const b = performance.now()
    overviewRows(inputs, new Date())
    const c = performance.now()
    buildPreviewData(inputs, target, new Date())
    const d = performance.now()
    console.log(`db ${(b - a).toFixed(1)} overview ${(c - b).toFixed(1)} build ${(d - c).toFixed(1)}`)
  }
}
for (let i = 0; i < 5; i++) await renderPage() // warm-up (module init, zone tables, JIT)
const page: number[] = []
for (let i = 0; i < 60; i++) page.push(await renderPage())
for (let i = 0; i < 5; i++) await refreshOverview()
const overview: number[] = []
for (let i = 0; i < 100; i++) overview.push(await refreshOverview())

const p = stats(page)
const o = stats(overview)
const fmt = (n: number) => n.toFixed(1).padStart(6)
console.log(`organization: ${allScopes.length} scopes (General + ${allScopes.length - 1} departments)`)
console.log(
  `preview page server render  p50 ${fmt(p.p50)} ms  p95 ${fmt(p.p95)} ms  max ${fmt(p.max)} ms  target p95 ≤ 150 ms  ${p.p95 <= 150 ? 'PASS' : 'FAIL'}`,
)
const rs = stats(renderShare.slice(5))
console.log(`  of which React render      p50 ${fmt(rs.p50)} ms  p95 ${fmt(rs.p95)} ms`)
console.log(
  `overview refresh            p50 ${fmt(o.p50)} ms  p95 ${fmt(o.p95)} ms  max ${fmt(o.max)} ms  target ≤ 20 ms (p50)  ${o.p50 <= 20 ? 'PASS' : 'FAIL'}`,
)
await handle.close()
