// Web benchmark for the Horarios page (issue 6). Run: npm run bench:web
//
// Against a PRODUCTION build on PGlite with the demo data plus 50 extra departments:
//   • server render of /settings/schedules (HTML, signed in as admin)  p95 ≤ 150 ms
//   • saveScheduleAction round trip (HTTP POST with the action id)     p95 ≤ 100 ms
//   • first-load JavaScript of the page (gzip, scripts in the HTML)    ≤ 250 KB
//   • HTML of the Ventas page (issue 11 item 12)                       ≤ 150 KB — first on the demo as seeded
//     (5 configurations), then with the 50 extra departments in its list
//   • click "Guardar cambios" → "Cambios guardados" toast in Chromium  p95 ≤ 300 ms (performance marks)
// Uses its own dist dir (BENCH_DIST_DIR, default .next-bench; built if missing — or reuse one with
// BENCH_DIST_DIR=.next-editor), port (BENCH_PORT, default 3205) and PGlite dir. Prints PASS/FAIL; always exits 0.
import { execSync, spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

// The data-access layer is `server-only`; outside Next that package only loads under the react-server condition,
// so the bench re-runs itself with it (and imports the DAL dynamically, after the check).
if (!process.env.BENCH_WEB_CHILD) {
  spawnSync('npx', ['tsx', '--conditions=react-server', import.meta.filename], {
    stdio: 'inherit',
    env: { ...process.env, BENCH_WEB_CHILD: '1' },
  })
  process.exit(0)
}
const { openDatabase } = await import('../db/connection')
const { createDepartment, listDepartments } = await import('../db/dal/departments')
const { getScopeSettings } = await import('../db/dal/scopes')
const { DEMO_ORGANIZATIONS } = await import('../db/seed')
const { toFormValues } = await import('../lib/settings/scope-settings-schema')

const ROOT = path.resolve(import.meta.dirname, '..')
const DIST = process.env.BENCH_DIST_DIR ?? '.next-bench'
const PORT = Number(process.env.BENCH_PORT ?? 3205)
const PGLITE_DIR = `.data/bench-web-${PORT}`
const BASE = `http://localhost:${PORT}`
const N = Number(process.env.BENCH_N ?? 60)
const WARMUP = 8
const ORG = DEMO_ORGANIZATIONS.aurora.id
const SCOPE = 'dep_aurora_turno_nocturno'

const env = { ...process.env, PGLITE_DIR, NEXT_DIST_DIR: DIST, BETTER_AUTH_URL: BASE, PORT: String(PORT) }

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN
}
function report(name: string, samples: number[], target: number, unit = 'ms') {
  const sorted = [...samples].sort((a, b) => a - b)
  const p50 = percentile(sorted, 50)
  const p95 = percentile(sorted, 95)
  console.log(
    `${name}: p50 ${p50.toFixed(1)} ${unit}, p95 ${p95.toFixed(1)} ${unit} (n=${samples.length}) target p95 ≤ ${target} ${unit} → ${p95 <= target ? 'PASS' : 'FAIL'}`,
  )
}

/**
 * Every script the HTML loads, gzipped (level 9) from the dist dir. A `noModule` script (Next's legacy polyfills)
 * is skipped by every browser that runs ES modules, i.e. every browser the app supports: it is listed apart and not
 * counted, as in Next's own "First Load JS". Prints the largest scripts so that a regression points at its chunk.
 */
function reportFirstLoadJs(route: string, html: string) {
  const tags = [...html.matchAll(/<script[^>]*>/g)].map((m) => m[0])
  const srcOf = (tag: string) => /\ssrc="([^"]+)"/.exec(tag)?.[1] ?? ''
  const isNoModule = (tag: string) => /\snomodule(=|\s|>)/i.test(tag)
  const srcs = [...new Set(tags.filter((tag) => !isNoModule(tag)).map(srcOf))].filter((s) =>
    s.startsWith('/_next/'),
  )
  const sizes: { src: string; bytes: number }[] = []
  for (const src of srcs) {
    const file = path.join(ROOT, DIST, decodeURIComponent(src.replace(/^\/_next\//, '').split('?')[0] ?? ''))
    if (fs.existsSync(file)) sizes.push({ src, bytes: gzipSync(fs.readFileSync(file), { level: 9 }).length })
  }
  const kb = sizes.reduce((sum, s) => sum + s.bytes, 0) / 1024
  console.log(
    `First-load JS of ${route}: ${kb.toFixed(1)} KB gzip in ${srcs.length} scripts, target ≤ 250 KB → ${kb <= 250 ? 'PASS' : 'FAIL'}`,
  )
  for (const tag of tags.filter(isNoModule)) console.log(`  not counted (noModule): ${srcOf(tag)}`)
  for (const { src, bytes } of sizes.sort((a, b) => b.bytes - a.bytes).slice(0, 8)) {
    console.log(`  ${(bytes / 1024).toFixed(1).padStart(6)} KB  ${src}`)
  }
}

async function waitFor(url: string, timeoutMs: number) {
  const end = Date.now() + timeoutMs
  while (Date.now() < end) {
    try {
      const res = await fetch(url, { redirect: 'manual' })
      if (res.status < 500) return
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`server did not start at ${url}`)
}

/** A server action's id in the production build (the form posts it in the `next-action` header). */
function actionIdOf(name: string) {
  const manifest = JSON.parse(
    fs.readFileSync(path.join(ROOT, DIST, 'server/server-reference-manifest.json'), 'utf8'),
  ) as { node: Record<string, { exportedName?: string }> }
  const id = Object.entries(manifest.node).find(([, v]) => v.exportedName === name)?.[0]
  if (!id) throw new Error(`${name} id not found in the build`)
  return id
}

/** Signs in over HTTP through the app's own sign-in server action (the raw better-auth endpoint is closed). */
async function signInCookie() {
  const signIn = await fetch(`${BASE}/sign-in`, {
    method: 'POST',
    headers: {
      'next-action': actionIdOf('signInAction'),
      'content-type': 'text/plain;charset=UTF-8',
      accept: 'text/x-component',
      origin: BASE,
    },
    body: JSON.stringify([{ email: 'admin@tienda-aurora.co', password: 'Aurora-admin-2026' }]),
  })
  const cookie = signIn.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ')
  if (!signIn.ok || !cookie) throw new Error(`sign-in failed: ${signIn.status}`)
  return cookie
}

function startServer() {
  const server = spawn('npx', ['next', 'start', '-p', String(PORT)], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  })
  const kill = () => {
    try {
      if (server.pid) process.kill(-server.pid, 'SIGTERM')
    } catch {
      // already gone
    }
  }
  process.on('exit', kill)
  return async () => {
    kill()
    // The embedded database is single-process: wait until the server has let go of it.
    for (let i = 0; i < 40 && server.exitCode === null && server.signalCode === null; i++)
      await new Promise((r) => setTimeout(r, 250))
  }
}

const VENTAS_ROUTE = '/settings/schedules/dep_aurora_ventas'

/** The Ventas page's HTML as sent, and gzipped as it travels (issue 11 item 12). */
async function reportVentasHtml(cookie: string, setting: string) {
  const res = await fetch(`${BASE}${VENTAS_ROUTE}`, { headers: { cookie }, redirect: 'manual' })
  const html = Buffer.from(await res.arrayBuffer())
  if (res.status !== 200) throw new Error(`${VENTAS_ROUTE}: ${res.status}`)
  const kb = html.length / 1024
  console.log(
    `HTML of ${VENTAS_ROUTE} (${setting}): ${kb.toFixed(1)} KB (${(gzipSync(html).length / 1024).toFixed(1)} KB gzip), target ≤ 150 KB → ${kb <= 150 ? 'PASS' : 'FAIL'}`,
  )
}

async function main() {
  if (!fs.existsSync(path.join(ROOT, DIST, 'BUILD_ID'))) {
    console.log(`Building into ${DIST}…`)
    execSync('npx next build', { cwd: ROOT, env, stdio: 'inherit' })
  }

  // Fresh database with the demo data; the Ventas page is weighed first as seeded (5 configurations)…
  fs.rmSync(path.join(ROOT, PGLITE_DIR), { recursive: true, force: true })
  execSync('npx tsx scripts/prepare-db.ts', { cwd: ROOT, env: { ...env, SEED_DEMO: '1' }, stdio: 'inherit' })
  const stopDemo = startServer()
  try {
    await waitFor(`${BASE}/sign-in`, 120_000)
    await reportVentasHtml(await signInCookie(), 'the demo as seeded: 5 configurations')
  } finally {
    await stopDemo()
  }

  // …then 50 more departments (via the DAL, while no server holds the PGlite lock) for everything else.
  const handle = await openDatabase({ driver: 'pglite', dataDir: path.join(ROOT, PGLITE_DIR) })
  for (let i = 1; i <= 50; i++)
    await createDepartment(handle.db, ORG, `Bench departamento ${String(i).padStart(2, '0')}`)
  const departments = (await listDepartments(handle.db, ORG)).length
  const scope = await getScopeSettings(handle.db, ORG, SCOPE)
  await handle.close()
  if (!scope) throw new Error('demo scope missing')
  console.log(`Database: ${departments} departments in ${ORG}`)

  const stop = startServer()
  try {
    await waitFor(`${BASE}/sign-in`, 120_000)
    const cookie = await signInCookie()

    // 1) Server render of the Horarios page.
    const render = async () => {
      const t0 = performance.now()
      const res = await fetch(`${BASE}/settings/schedules`, { headers: { cookie }, redirect: 'manual' })
      const html = await res.text()
      const ms = performance.now() - t0
      if (res.status !== 200 || !html.includes('Guardar cambios'))
        throw new Error(`render failed: ${res.status}`)
      return ms
    }
    for (let i = 0; i < WARMUP; i++) await render()
    const renders: number[] = []
    for (let i = 0; i < N; i++) renders.push(await render())
    report('Render /settings/schedules (51 scopes)', renders, 150)

    // 2) Save action round trip (the same call the form makes), version bumping each time.
    const actionId = actionIdOf('saveScheduleAction')
    const values = toFormValues(scope.usesGeneral, scope.config)
    let version = scope.version
    const save = async () => {
      values.config.outOfHoursMessage = `Mensaje de prueba ${version}`
      const t0 = performance.now()
      const res = await fetch(`${BASE}/settings/schedules/${SCOPE}`, {
        method: 'POST',
        headers: {
          cookie,
          'next-action': actionId,
          'content-type': 'text/plain;charset=UTF-8',
          accept: 'text/x-component',
          origin: BASE,
        },
        body: JSON.stringify([{ departmentId: SCOPE, expectedVersion: version }, values]),
      })
      const body = await res.text()
      const ms = performance.now() - t0
      const match = /"version":(\d+)/.exec(body)
      if (!res.ok || !match) throw new Error(`save failed: ${res.status} ${body.slice(0, 200)}`)
      version = Number(match[1])
      return ms
    }
    for (let i = 0; i < WARMUP; i++) await save()
    const saves: number[] = []
    for (let i = 0; i < N; i++) saves.push(await save())
    report('saveScheduleAction round trip', saves, 100)

    // 3) First-load JS: every script the page's HTML loads, gzipped from the dist dir — for both Horarios routes
    // (General, and a department, which adds the department actions).
    for (const route of ['/settings/schedules', `/settings/schedules/${SCOPE}`]) {
      const res = await fetch(`${BASE}${route}`, { headers: { cookie }, redirect: 'manual' })
      if (res.status !== 200) throw new Error(`${route}: ${res.status}`)
      reportFirstLoadJs(route, await res.text())
    }

    // 4) Weight of the Ventas page with 51 configurations in its list.
    await reportVentasHtml(cookie, '51 configurations')

    // 5) Save to confirmation in a real Chromium on the production build: performance marks from the click on
    // "Guardar cambios" to the "Cambios guardados" toast appearing in the DOM.
    await measureSaveToConfirmation(VENTAS_ROUTE, cookie)
  } finally {
    await stop()
  }
  process.exit(0)
}

// A string, not a function: tsx would wrap a function's inner helpers in its own __name(), unknown in the page.
const MEASURE_SAVE = `new Promise((resolve) => {
  const confirmations = () =>
    [...document.querySelectorAll('[data-sonner-toast]')].filter((n) => n.textContent?.includes('Cambios guardados')).length
  const before = confirmations()
  const observer = new MutationObserver(() => {
    if (confirmations() <= before) return
    observer.disconnect()
    performance.mark('save-confirmed')
    resolve(performance.measure('save', 'save-click', 'save-confirmed').duration)
  })
  observer.observe(document.body, { subtree: true, childList: true, characterData: true })
  const button = [...document.querySelectorAll('button')].find((b) => b.textContent?.includes('Guardar cambios'))
  performance.mark('save-click')
  button?.click()
})`

async function measureSaveToConfirmation(route: string, cookie: string) {
  const { chromium } = await import('@playwright/test')
  const systemChromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => fs.existsSync(p))
  const browser = await chromium.launch({
    ...(systemChromium && { executablePath: systemChromium }),
    args: ['--no-sandbox', '--disable-gpu'],
  })
  try {
    const context = await browser.newContext({ baseURL: BASE, locale: 'es-CO' })
    await context.addCookies(
      cookie.split('; ').map((pair) => {
        const eq = pair.indexOf('=')
        return { name: pair.slice(0, eq), value: pair.slice(eq + 1), url: BASE }
      }),
    )
    const page = await context.newPage()
    page.on('crash', () => console.log('  (the page crashed)'))
    page.on('close', () => console.log('  (the page closed)'))
    await page.goto(route)
    await page.locator('form[data-ready]').waitFor()
    const samples: number[] = []
    const runs = Number(process.env.BENCH_SAVES ?? 8)
    for (let i = 0; i < runs; i++) {
      // A new save dismisses the previous confirmation: wait until it is gone, so the next one is counted alone.
      await page.getByText('Cambios guardados').waitFor({ state: 'detached', timeout: 20_000 })
      await page.getByRole('textbox', { name: /^Mensaje/ }).fill(`Volvemos pronto (${i}).`)
      const ms = await page.evaluate<number>(MEASURE_SAVE)
      if (i > 1) samples.push(ms) // the first two warm the action and the toast code
    }
    report('Save → "Cambios guardados" in Chromium', samples, 300)
  } finally {
    await browser.close()
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(0)
})
