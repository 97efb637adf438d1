// Test helpers for the database integration tests (db/*.test.ts).
//
// Every suite runs on PGlite (in memory, migrated) and, when TEST_DATABASE_URL is set, ALSO on PostgreSQL in a
// fresh database created for the run and dropped afterwards:
//
//   describe.each(testDrivers)('… (%s)', (driver) => { const t = useTestDatabase(driver); … t.db … })
import { createHash, randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { sql } from 'drizzle-orm'
import { drizzle } from 'drizzle-orm/pglite'
import { migrate } from 'drizzle-orm/pglite/migrator'
import pg from 'pg'
import { afterAll, beforeAll } from 'vitest'
import {
  migrationsFolder,
  openDatabase,
  type Db,
  type DatabaseHandle,
  type SqlExecutor,
} from '@/db/connection'
import { member, organization, user } from '@/db/schema'

export type TestDriver = 'pglite' | 'postgres'

export const testDatabaseUrl = process.env.TEST_DATABASE_URL?.trim() || null

export const testDrivers: TestDriver[] = testDatabaseUrl ? ['pglite', 'postgres'] : ['pglite']

export type TestDatabase = {
  db: Db
  driver: TestDriver
  url: string | null
  /** Raw SQL on the same connection(s) (the job queue's adapter). */
  executeSql: SqlExecutor
  /** Number of queries run so far through `db` (to prove a function runs a constant number of queries). */
  queries(): number
  close(): Promise<void>
}

function withDatabaseName(url: string, name: string): string {
  const parsed = new URL(url)
  parsed.pathname = `/${name}`
  return parsed.toString()
}

async function withAdminClient<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  if (!testDatabaseUrl) throw new Error('TEST_DATABASE_URL is not set')
  const client = new pg.Client({ connectionString: testDatabaseUrl })
  await client.connect()
  try {
    return await run(client)
  } finally {
    await client.end()
  }
}

/**
 * A dump of a freshly migrated PGlite, cached in the OS temp folder per PGlite version and migrations content.
 * Booting PGlite from it is several times faster than initdb + migrations, which every test file would pay.
 */
async function pgliteTemplate(): Promise<Blob> {
  const hash = createHash('sha256')
  hash.update(
    JSON.parse(fs.readFileSync(path.resolve('node_modules/@electric-sql/pglite/package.json'), 'utf8'))
      .version,
  )
  const folder = migrationsFolder()
  for (const file of fs.readdirSync(folder, { recursive: true }).map(String).sort()) {
    const full = path.join(folder, file)
    if (fs.statSync(full).isFile()) hash.update(file).update(fs.readFileSync(full))
  }
  const cacheFile = path.join(
    os.tmpdir(),
    'horarios-test-cache',
    `pglite-${hash.digest('hex').slice(0, 20)}.tar`,
  )
  if (fs.existsSync(cacheFile)) return new Blob([fs.readFileSync(cacheFile)])

  const client = new PGlite()
  try {
    await migrate(drizzle({ client }), { migrationsFolder: folder })
    const dump = await client.dumpDataDir('none')
    const bytes = Buffer.from(await dump.arrayBuffer())
    // Write then rename: test files running in parallel may build it at the same time.
    fs.mkdirSync(path.dirname(cacheFile), { recursive: true })
    const temporary = `${cacheFile}.${process.pid}.${randomBytes(4).toString('hex')}`
    fs.writeFileSync(temporary, bytes)
    fs.renameSync(temporary, cacheFile)
    return new Blob([bytes])
  } finally {
    await client.close()
  }
}

/** A migrated, empty database of the given driver. close() drops it (PostgreSQL) or discards it (PGlite). */
export async function createTestDatabase(driver: TestDriver): Promise<TestDatabase> {
  let count = 0
  const logger = { logQuery: () => void (count += 1) }
  const queries = () => count
  if (driver === 'pglite') {
    const handle = await openDatabase({
      driver: 'pglite',
      dataDir: null,
      loadDataDir: await pgliteTemplate(),
      logger,
    })
    // A no-op on the template; proves the template matches the committed migrations.
    await handle.migrate()
    return {
      db: handle.db,
      driver,
      url: null,
      executeSql: handle.executeSql,
      queries,
      close: () => handle.close(),
    }
  }

  const name = `horarios_test_${randomBytes(6).toString('hex')}`
  await withAdminClient((client) => client.query(`create database "${name}"`))
  const url = withDatabaseName(testDatabaseUrl ?? '', name)
  let handle: DatabaseHandle | null = null
  const drop = async () => {
    await handle?.close()
    await withAdminClient((client) => client.query(`drop database if exists "${name}" with (force)`))
  }
  try {
    handle = await openDatabase({ driver: 'postgres', url, logger })
    await handle.migrate()
  } catch (error) {
    await drop()
    throw error
  }
  const opened = handle
  return { db: opened.db, driver, url, executeSql: opened.executeSql, queries, close: drop }
}

/** Creates the database before the suite and drops it after; read `.db` inside tests. */
export function useTestDatabase(driver: TestDriver): {
  readonly db: Db
  readonly executeSql: SqlExecutor
  readonly url: string | null
  queries(): number
} {
  let database: TestDatabase | null = null
  beforeAll(async () => {
    database = await createTestDatabase(driver)
  })
  afterAll(async () => {
    await database?.close()
  })
  return {
    get db() {
      if (!database) throw new Error('test database not ready')
      return database.db
    },
    get executeSql() {
      if (!database) throw new Error('test database not ready')
      return database.executeSql
    },
    get url() {
      if (!database) throw new Error('test database not ready')
      return database.url
    },
    queries: () => database?.queries() ?? 0,
  }
}

let counter = 0
/** A unique suffix for ids/slugs, so tests in one database never collide. */
export function uniqueId(prefix: string): string {
  counter += 1
  return `${prefix}_${Date.now().toString(36)}_${counter}_${randomBytes(3).toString('hex')}`
}

/** Inserts an organization (no scopes: the DAL creates General on first use). */
export async function insertOrganization(
  db: Db,
  values: { id?: string; name?: string; country?: string; timeZone?: string } = {},
): Promise<string> {
  const id = values.id ?? uniqueId('org')
  await db.insert(organization).values({
    id,
    name: values.name ?? `Org ${id}`,
    slug: id.replace(/_/g, '-'),
    ...(values.country && { country: values.country }),
    ...(values.timeZone && { timeZone: values.timeZone }),
  })
  return id
}

/** Inserts a user, optionally as a member of an organization. Returns the user id. */
export async function insertUser(
  db: Db,
  values: { name?: string; organizationId?: string; role?: 'admin' | 'staff' } = {},
): Promise<string> {
  const id = uniqueId('user')
  await db.insert(user).values({ id, name: values.name ?? 'Test User', email: `${id}@example.test` })
  if (values.organizationId) {
    await db.insert(member).values({
      id: uniqueId('member'),
      organizationId: values.organizationId,
      userId: id,
      role: values.role ?? 'admin',
    })
  }
  return id
}

/** Runs `fn` and returns the PostgreSQL error code it failed with (drizzle wraps driver errors), or null. */
export async function pgErrorCodeOf(fn: () => Promise<unknown>): Promise<string | null> {
  try {
    await fn()
    return null
  } catch (error) {
    for (let current: unknown = error, depth = 0; current && depth < 4; depth++) {
      const code = (current as { code?: unknown }).code
      if (typeof code === 'string') return code
      current = (current as { cause?: unknown }).cause
    }
    throw error
  }
}

/** The rows of `tables`, serialised: equal snapshots before and after a call prove it changed nothing. */
export async function tableSnapshot(db: Db, tables: readonly string[]): Promise<string> {
  const parts: string[] = []
  for (const table of tables) {
    const result = await db.execute(sql.raw(`select * from "${table}" order by 1`))
    parts.push(JSON.stringify((result as { rows?: unknown[] }).rows ?? result))
  }
  return parts.join('\n')
}
