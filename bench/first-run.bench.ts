// The newcomer's path (issue 22 item 12). Run: npm run bench:first-run
//
// From nothing built to a signed-in Horarios page, twice side by side on this machine:
//   • dev:  prepare the database, `next dev` with a fresh cache (what `npm run dev` does), then each page's first visit
//   • demo: `npm run demo` with a fresh dist dir — one production build, then `next start` — then the same visits
// and, for each, the time until the server answers, the sign-in page, the sign-in up to Horarios, and the first load
// of each other page in Chromium. `npm install` is not included (the same for both; CI prints it as `npm ci`).
// Uses its own dist dirs, PGlite dirs and port (BENCH_PORT, default 3230). Prints a table; always exits 0.
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { chromium, type Page } from '@playwright/test'

const ROOT = path.resolve(import.meta.dirname, '..')
const PORT = Number(process.env.BENCH_PORT ?? 3230)
const BASE = `http://localhost:${PORT}`
const ADMIN = { email: 'admin@tienda-aurora.co', password: 'Aurora-admin-2026' }
const PAGES = [
  ['Ventas (Horarios)', '/settings/schedules/dep_aurora_ventas'],
  ['¿Quién atiende?', '/preview'],
  ['Asesores', '/agents'],
  ['Ajustes → API', '/settings/api'],
  ['Miembros', '/settings/members'],
] as const
const MODES = (process.env.BENCH_MODES ?? 'dev,demo').split(',') as ('dev' | 'demo')[]

type Row = { mode: string; ready: number; signInPage: number; toHorarios: number; pages: number[] }

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`

async function waitForServer(child: ChildProcess, limitMs: number) {
  const started = performance.now()
  while (performance.now() - started < limitMs) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`)
    // Only the readiness route: asking for a page here would compile it in dev before the browser's visit.
    const ok = await fetch(`${BASE}/api/health`)
      .then((r) => r.ok)
      .catch(() => false)
    if (ok) return
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error('the server did not answer in time')
}

async function timed(run: () => Promise<unknown>) {
  const started = performance.now()
  await run()
  return performance.now() - started
}

async function visit(page: Page, url: string) {
  return timed(async () => {
    const response = await page.goto(url, { waitUntil: 'load', timeout: 300_000 })
    if (!response?.ok()) throw new Error(`${url} answered ${response?.status()}`)
  })
}

async function measure(mode: 'dev' | 'demo'): Promise<Row> {
  const dist = `.next-first-run-${mode}`
  const pgliteDir = `.data/first-run-${mode}`
  fs.rmSync(path.join(ROOT, dist), { recursive: true, force: true })
  fs.rmSync(path.join(ROOT, pgliteDir), { recursive: true, force: true })
  const env = {
    ...process.env,
    NEXT_DIST_DIR: dist,
    PGLITE_DIR: pgliteDir,
    PORT: String(PORT),
    BETTER_AUTH_URL: BASE,
    NEXT_TELEMETRY_DISABLED: '1',
  }
  const command =
    mode === 'dev'
      ? `npx tsx scripts/prepare-db.ts && npx next dev -p ${PORT}`
      : `bash scripts/demo.sh -p ${PORT}`
  const started = performance.now()
  const child = spawn('bash', ['-c', command], { cwd: ROOT, env, stdio: 'ignore', detached: true })
  const browser = await chromium.launch({
    executablePath: fs.existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
    args: ['--no-sandbox'],
  })
  try {
    await waitForServer(child, 1_200_000)
    const ready = performance.now() - started
    const page = await browser.newPage()
    const signInPage = await visit(page, `${BASE}/sign-in`)
    const toHorarios = await timed(async () => {
      await page.getByLabel('Correo electrónico').fill(ADMIN.email)
      await page.getByLabel('Contraseña').fill(ADMIN.password)
      await page.getByRole('button', { name: 'Entrar' }).click()
      await page.waitForURL('**/settings/schedules', { timeout: 300_000 })
      await page.locator('form[data-ready]').waitFor({ timeout: 300_000 })
    })
    const pages: number[] = []
    for (const [, url] of PAGES) pages.push(await visit(page, `${BASE}${url}`))
    return { mode, ready, signInPage, toHorarios, pages }
  } finally {
    await browser.close()
    if (child.pid) process.kill(-child.pid, 'SIGTERM')
    await new Promise((resolve) => setTimeout(resolve, 1_000))
  }
}

// `next dev` and `next build` add their dist dir's types to tsconfig.json; the bench leaves it as it found it.
const tsconfig = fs.readFileSync(path.join(ROOT, 'tsconfig.json'), 'utf8')
const rows: Row[] = []
try {
  for (const mode of MODES) rows.push(await measure(mode))
} finally {
  fs.writeFileSync(path.join(ROOT, 'tsconfig.json'), tsconfig)
}

console.log(
  `\nFirst run on this machine (${process.env.BENCH_NOTE ?? 'load average ' + (await loadAverage())})`,
)
const header = ['', 'server answers', 'sign-in page', 'sign-in → Horarios', ...PAGES.map(([name]) => name)]
console.log(header.join(' | '))
for (const row of rows) {
  const total = row.ready + row.signInPage + row.toHorarios
  console.log(
    [
      `${row.mode} (signed-in Horarios after ${seconds(total)})`,
      seconds(row.ready),
      seconds(row.signInPage),
      seconds(row.toHorarios),
      ...row.pages.map(seconds),
    ].join(' | '),
  )
}

async function loadAverage() {
  const { loadavg } = await import('node:os')
  return loadavg()
    .map((n) => n.toFixed(1))
    .join(' / ')
}
