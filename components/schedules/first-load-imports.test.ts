// docs/decisions/003 — what the Horarios page must not load before it is interactive. zod (with the form schema),
// Sonner and cmdk are imported on demand; a single static import on the way from the page's client components
// brings a whole library back into the first load (a link helper beside the action schemas once added all of zod,
// 30 KB gzip). This walks the page's static imports the way the bundler does and fails on the first such path.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

const ROOT = path.resolve(import.meta.dirname, '../..')
const ENTRY = path.join(ROOT, 'components/schedules/schedules-screen.tsx')
const DEFERRED = ['zod', 'sonner', 'cmdk']

type Module = { file: string; client: boolean; server: boolean; imports: string[] }

function resolveImport(from: string, spec: string): string | null {
  const base = spec.startsWith('@/')
    ? path.join(ROOT, spec.slice(2))
    : spec.startsWith('.')
      ? path.resolve(path.dirname(from), spec)
      : null
  if (!base) return spec // a package
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`]) {
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate
  }
  return null
}

function read(file: string): Module {
  const source = fs.readFileSync(file, 'utf8')
  const head = source.slice(0, 400)
  // Static value imports and re-exports only: `import type` is erased and `import()` is a separate chunk.
  const statics = [
    ...source.matchAll(/^(?:import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm),
  ]
  return {
    file,
    client: /^\s*['"]use client['"]/m.test(head),
    server: /^\s*['"]use server['"]/m.test(head),
    imports: statics.map((m) => resolveImport(file, m[1]!)).filter((f): f is string => f !== null),
  }
}

/** Every static path from a client component reached from `entry` to a deferred package, as "a → b → zod". */
function pathsToDeferred(entry: string = ENTRY): string[] {
  const found: string[] = []
  const seen = new Set<string>()
  // Files of the repository by their path in it; a test's own small tree by its path from the entry's folder.
  const name = (file: string) =>
    file.startsWith(`${ROOT}${path.sep}`)
      ? path.relative(ROOT, file)
      : path.relative(path.dirname(entry), file)
  const walk = (file: string, chain: string[], inClient: boolean) => {
    const key = `${inClient}:${file}`
    if (seen.has(key)) return
    seen.add(key)
    const mod = read(file)
    const client = inClient || mod.client
    if (client && mod.server) return // an action module: the client gets a reference, not its imports
    for (const target of mod.imports) {
      const next = [...chain, path.isAbsolute(target) ? name(target) : target]
      if (!path.isAbsolute(target)) {
        if (client && DEFERRED.some((p) => target === p || target.startsWith(`${p}/`)))
          found.push(next.join(' → '))
        continue
      }
      walk(target, next, client)
    }
  }
  walk(entry, [name(entry)], false)
  return found
}

describe('Horarios first load', () => {
  it('reaches no deferred library (zod, Sonner, cmdk) through a static import of a client component', () => {
    expect(pathsToDeferred()).toEqual([])
  })

  // Positive controls: the walk does find such a path, and skips exactly what the bundler skips.
  describe('the walk itself, on a small tree of its own', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'first-load-'))
    afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))
    const write = (name: string, source: string) => {
      fs.writeFileSync(path.join(dir, name), source)
      return path.join(dir, name)
    }
    write('helper.ts', "export { scopeTargetSchema } from '@/lib/settings/scope-target'\n")
    write('types-only.ts', "import type { z } from 'zod'\nexport type Z = z.ZodType\n")
    write(
      'action.ts',
      "'use server'\nimport { z } from 'zod'\nexport async function act() { return z.string() }\n",
    )
    write('lazy.tsx', "'use client'\nexport const load = () => import('sonner')\n")

    it('finds a client component that reaches zod through a helper and a lib module, and names the path', () => {
      const entry = write('entry.tsx', "'use client'\nimport { scopeTargetSchema } from './helper'\n")
      expect(pathsToDeferred(entry)).toEqual(['entry.tsx → helper.ts → lib/settings/scope-target.ts → zod'])
    })

    it('a server component may import zod; type-only imports, action modules and import() do not count', () => {
      const server = write('server-page.tsx', "import { z } from 'zod'\nexport const s = z.string()\n")
      const client = write(
        'client.tsx',
        "'use client'\nimport type { Z } from './types-only'\nimport { act } from './action'\nimport { load } from './lazy'\n",
      )
      expect({ server: pathsToDeferred(server), client: pathsToDeferred(client) }).toEqual({
        server: [],
        client: [],
      })
    })
  })
})
