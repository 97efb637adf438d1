// Opens the database with the configured driver. No 'server-only' here: scripts (tsx) and tests import it; the app
// goes through db/client.ts.
//
//   DATABASE_URL unset            → PGlite (embedded PostgreSQL) in PGLITE_DIR (default .data/pglite), on disk.
//   DATABASE_URL=postgres://…     → node-postgres Pool.
//
// Any failure to open turns into a DatabaseStartupError whose message is one actionable sentence.
import fs from 'node:fs'
import path from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core'
import type { ExtractTablesWithRelations, Logger } from 'drizzle-orm'
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite'
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator'
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres'
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator'
import pg from 'pg'
import * as schema from './schema'
import { acquirePgliteLock } from './pglite-lock'
import { DatabaseStartupError, describeTarget, parsePostgresUrl, postgresStartupError } from './startup-error'

export { DatabaseStartupError } from './startup-error'

export type Schema = typeof schema
/** A drizzle database typed with our schema, whichever driver is behind it. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>

export type DatabaseConfig =
  // dataDir null = in memory (tests); loadDataDir = start from a dump (tests start from a migrated template)
  ({ driver: 'pglite'; dataDir: string | null; loadDataDir?: Blob } | { driver: 'postgres'; url: string }) & {
    /** drizzle query logger (tests count queries with it). */
    logger?: Logger
  }

export type DatabaseHandle = {
  db: Db
  driver: DatabaseConfig['driver']
  /** For log lines, e.g. "embedded database in .data/pglite" or "PostgreSQL at db:5432/app" (no password). */
  description: string
  /** Applies pending migrations from db/migrations with the driver's own migrator. */
  migrate(): Promise<void>
  /**
   * Raw SQL on the same connection(s) as `db`, for pg-boss's database adapter (docs/decisions/008): with `values`
   * one parameterised statement, without them a script of several statements (pg-boss sends BEGIN … COMMIT).
   */
  executeSql: SqlExecutor
  /** Closes the pool / PGlite and releases the PGlite lock. Idempotent. */
  close(): Promise<void>
}

export type SqlResult = { rows: Record<string, unknown>[]; rowCount: number }
export type SqlExecutor = (text: string, values?: unknown[]) => Promise<SqlResult>

export const DEFAULT_PGLITE_DIR = '.data/pglite'

/** Resolved at call time from the working directory: scripts, `next dev` and vitest all run from the repo root. */
export function migrationsFolder(): string {
  return path.resolve(process.cwd(), 'db', 'migrations')
}

export function configFromEnv(env: Record<string, string | undefined> = process.env): DatabaseConfig {
  const url = env.DATABASE_URL?.trim()
  if (url) return { driver: 'postgres', url }
  return {
    driver: 'pglite',
    // A data folder chosen at run time, not a source file: keep Turbopack from tracing the whole project for it.
    dataDir: path.resolve(
      /*turbopackIgnore: true*/ process.cwd(),
      env.PGLITE_DIR?.trim() || DEFAULT_PGLITE_DIR,
    ),
  }
}

export async function openDatabase(config: DatabaseConfig): Promise<DatabaseHandle> {
  return config.driver === 'pglite'
    ? openPglite(config.dataDir, config.loadDataDir, config.logger)
    : openPostgres(config.url, config.logger)
}

async function openPglite(
  dataDir: string | null,
  loadDataDir?: Blob,
  logger?: Logger,
): Promise<DatabaseHandle> {
  const where = dataDir ? path.relative(process.cwd(), dataDir) || dataDir : 'memory'
  let release = () => {}
  if (dataDir) {
    try {
      fs.mkdirSync(dataDir, { recursive: true })
    } catch (error) {
      throw new DatabaseStartupError(
        `Cannot create the embedded database folder ${where} (${(error as Error).message}); fix its permissions or set PGLITE_DIR to a writable folder.`,
        { cause: error },
      )
    }
    release = acquirePgliteLock(dataDir)
  }

  let client: PGlite
  try {
    client = new PGlite({ ...(dataDir && { dataDir }), ...(loadDataDir && { loadDataDir }) })
    await client.waitReady
  } catch (error) {
    release()
    throw new DatabaseStartupError(
      `Cannot open the embedded database in ${where} (${(error as Error).message}); move that folder aside to start with a fresh database, or set PGLITE_DIR to another folder.`,
      { cause: error },
    )
  }

  const db = drizzlePglite({ client, schema, ...(logger && { logger }) })
  let closed = false
  return {
    db,
    driver: 'pglite',
    executeSql: (text, values) => pgliteExecuteSql(client, text, values),
    description: dataDir ? `embedded database in ${where}` : 'embedded database in memory',
    migrate: () => migratePglite(db, { migrationsFolder: migrationsFolder() }),
    close: async () => {
      if (closed) return
      closed = true
      try {
        await client.close()
      } finally {
        release()
      }
    },
  }
}

/**
 * PGlite has one connection: `exec` runs a whole script under its mutex, so pg-boss's BEGIN … COMMIT scripts cannot
 * interleave with other queries. A script that fails half-way leaves its explicit transaction aborted on that one
 * connection, so we roll it back before anything else can run on it.
 */
async function pgliteExecuteSql(client: PGlite, text: string, values?: unknown[]): Promise<SqlResult> {
  if (values && values.length > 0) {
    const result = await client.query<Record<string, unknown>>(text, values)
    return { rows: result.rows, rowCount: result.affectedRows ?? result.rows.length }
  }
  try {
    const results = await client.exec(text)
    const last = results.at(-1)
    return { rows: (last?.rows ?? []) as Record<string, unknown>[], rowCount: last?.affectedRows ?? 0 }
  } catch (error) {
    if (/\bBEGIN\b/i.test(text)) await client.exec('ROLLBACK').catch(() => {})
    throw error
  }
}

async function openPostgres(url: string, logger?: Logger): Promise<DatabaseHandle> {
  const target = parsePostgresUrl(url)
  const pool = new pg.Pool({ connectionString: url, connectionTimeoutMillis: 5_000, max: 10 })
  // An idle client losing its connection must not crash the process; the next query reports the error.
  pool.on('error', (error) => console.error(`PostgreSQL connection error: ${error.message}`))
  // pg-pool listens for errors only on idle clients. A connection lost while checked out (a PostgreSQL restart
  // during a save) emitted 'error' with no listener: an uncaughtException (issue 12 item 10). The query itself
  // still fails and is answered as a transient failure; this listener only keeps the process up.
  pool.on('connect', (client) => {
    client.on('error', (error) => console.warn(`PostgreSQL connection lost: ${error.message}`))
  })

  try {
    await pool.query('select 1')
  } catch (error) {
    await pool.end().catch(() => {})
    throw postgresStartupError(error, target)
  }

  const db = drizzleNodePg({ client: pool, schema, ...(logger && { logger }) })
  let closed = false
  return {
    db,
    driver: 'postgres',
    executeSql: async (text, values) => {
      const result = await pool.query(text, values)
      // A multi-statement script returns one result per statement; callers read the last one.
      const last = Array.isArray(result) ? (result.at(-1) as pg.QueryResult | undefined) : result
      return { rows: last?.rows ?? [], rowCount: last?.rowCount ?? 0 }
    },
    description: `PostgreSQL at ${describeTarget(target)}/${target.database}`,
    migrate: async () => {
      // Several processes may start at once (replicas, dev + script): serialize migrations with an advisory lock
      // held on one dedicated connection.
      const connection = await pool.connect()
      try {
        await connection.query('select pg_advisory_lock(728361042)')
        try {
          await migrateNodePg(drizzleNodePg({ client: connection, schema }), {
            migrationsFolder: migrationsFolder(),
          })
        } finally {
          await connection.query('select pg_advisory_unlock(728361042)')
        }
      } finally {
        connection.release()
      }
    },
    close: async () => {
      if (closed) return
      closed = true
      await pool.end()
    },
  }
}
