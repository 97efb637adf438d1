// Issue 12 item 1 — an organization always keeps an admin, also when two admins act on each other at the same moment.
// On PostgreSQL the two calls run on two pooled connections really concurrently; before the organization row was
// locked, two simultaneous demotions left no admin in most rounds.
import { describe, expect, it } from 'vitest'
import { and, count, eq } from 'drizzle-orm'
import { insertOrganization, insertUser, testDrivers, useTestDatabase } from '@/test/db'
import { member } from '@/db/schema'
import type { Db } from '@/db/connection'
import { changeMemberRole, removeMember } from './members'

async function adminsOf(db: Db, organizationId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(member)
    .where(and(eq(member.organizationId, organizationId), eq(member.role, 'admin')))
  return row?.n ?? 0
}

async function twoAdmins(db: Db): Promise<{ organizationId: string; a: string; b: string }> {
  const organizationId = await insertOrganization(db)
  await insertUser(db, { organizationId, role: 'admin' })
  await insertUser(db, { organizationId, role: 'admin' })
  const rows = await db
    .select({ id: member.id })
    .from(member)
    .where(eq(member.organizationId, organizationId))
  return { organizationId, a: rows[0]!.id, b: rows[1]!.id }
}

describe.each(testDrivers)('the last admin under concurrency (%s)', (driver) => {
  const t = useTestDatabase(driver)

  it('20 rounds of two admins demoting each other at once: one wins, the other gets last_admin', async () => {
    for (let round = 0; round < 20; round++) {
      const { organizationId, a, b } = await twoAdmins(t.db)
      const results = await Promise.all([
        changeMemberRole(t.db, organizationId, a, 'staff'),
        changeMemberRole(t.db, organizationId, b, 'staff'),
      ])
      expect(await adminsOf(t.db, organizationId)).toBe(1)
      expect(results.filter((r) => r.ok)).toHaveLength(1)
      expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, reason: 'last_admin' }])
    }
  })

  it('10 rounds of a removal and a demotion at once: one admin always remains', async () => {
    for (let round = 0; round < 10; round++) {
      const { organizationId, a, b } = await twoAdmins(t.db)
      const results = await Promise.all([
        removeMember(t.db, organizationId, a),
        changeMemberRole(t.db, organizationId, b, 'staff'),
      ])
      expect(await adminsOf(t.db, organizationId)).toBe(1)
      expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, reason: 'last_admin' }])
    }
  })
})
