import 'server-only'
// For GET /api/ready: is the database reachable and are all committed migrations applied?
import fs from 'node:fs'
import path from 'node:path'
import { sql } from 'drizzle-orm'
import { getDb } from './client'
import { migrationsFolder } from './connection'

export type Readiness = { database: 'ok' | 'unreachable'; migrations: 'current' | 'pending' | 'unknown' }

function committedMigrations(): number {
  const journal = JSON.parse(
    fs.readFileSync(path.join(migrationsFolder(), 'meta', '_journal.json'), 'utf8'),
  ) as {
    entries: unknown[]
  }
  return journal.entries.length
}

export async function checkReadiness(): Promise<Readiness> {
  let db
  try {
    db = await getDb()
    await db.execute(sql`select 1`)
  } catch {
    return { database: 'unreachable', migrations: 'unknown' }
  }
  try {
    const result = await db.execute(sql`select count(*)::int as applied from drizzle.__drizzle_migrations`)
    const rows =
      (result as unknown as { rows?: { applied: number }[] }).rows ??
      (result as unknown as { applied: number }[])
    const applied = Number(rows[0]?.applied ?? 0)
    return { database: 'ok', migrations: applied >= committedMigrations() ? 'current' : 'pending' }
  } catch {
    return { database: 'ok', migrations: 'pending' }
  }
}
