import 'server-only'
import { and, asc, count, eq } from 'drizzle-orm'
import type { Db } from '../connection'
import { member, organization, session, user, type Role } from '../schema'
import { ensureGeneralScope } from './scopes'

export type Membership = { organizationId: string; organizationName: string; role: Role }

/**
 * The user's membership in `preferredOrganizationId` (the session's active organization) or, when that is unset, their
 * oldest membership. Null when they belong to no organization — including right after an admin removed them.
 */
export async function getMembership(
  db: Db,
  userId: string,
  preferredOrganizationId: string | null,
): Promise<Membership | null> {
  const base = db
    .select({ organizationId: member.organizationId, organizationName: organization.name, role: member.role })
    .from(member)
    .innerJoin(organization, eq(organization.id, member.organizationId))
  const [row] = preferredOrganizationId
    ? await base.where(and(eq(member.userId, userId), eq(member.organizationId, preferredOrganizationId)))
    : await base.where(eq(member.userId, userId)).orderBy(asc(member.createdAt)).limit(1)
  return row ?? null
}

export type MemberSummary = { id: string; userId: string; name: string; email: string; role: Role; createdAt: Date }

export async function listMembers(db: Db, organizationId: string): Promise<MemberSummary[]> {
  return db
    .select({
      id: member.id,
      userId: member.userId,
      name: user.name,
      email: user.email,
      role: member.role,
      createdAt: member.createdAt,
    })
    .from(member)
    .innerJoin(user, eq(user.id, member.userId))
    .where(eq(member.organizationId, organizationId))
    .orderBy(asc(user.name))
}

export type MemberChangeResult = { ok: true } | { ok: false; reason: 'not_found' | 'last_admin' }

async function adminCount(db: Db, organizationId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(member)
    .where(and(eq(member.organizationId, organizationId), eq(member.role, 'admin')))
  return row?.n ?? 0
}

export async function changeMemberRole(
  db: Db,
  organizationId: string,
  memberId: string,
  role: Role,
): Promise<MemberChangeResult> {
  return db.transaction(async (tx) => {
    const [current] = await tx
      .select({ role: member.role })
      .from(member)
      .where(and(eq(member.organizationId, organizationId), eq(member.id, memberId)))
      .for('update')
    if (!current) return { ok: false, reason: 'not_found' } as const
    if (current.role === 'admin' && role !== 'admin' && (await adminCount(tx as unknown as Db, organizationId)) <= 1) {
      return { ok: false, reason: 'last_admin' } as const
    }
    await tx.update(member).set({ role }).where(and(eq(member.organizationId, organizationId), eq(member.id, memberId)))
    return { ok: true } as const
  })
}

/** Removes the member and ends their sessions in this organization; an organization always keeps one admin. */
export async function removeMember(db: Db, organizationId: string, memberId: string): Promise<MemberChangeResult> {
  return db.transaction(async (tx) => {
    const [current] = await tx
      .select({ role: member.role, userId: member.userId })
      .from(member)
      .where(and(eq(member.organizationId, organizationId), eq(member.id, memberId)))
      .for('update')
    if (!current) return { ok: false, reason: 'not_found' } as const
    if (current.role === 'admin' && (await adminCount(tx as unknown as Db, organizationId)) <= 1) {
      return { ok: false, reason: 'last_admin' } as const
    }
    await tx.delete(member).where(and(eq(member.organizationId, organizationId), eq(member.id, memberId)))
    await tx
      .delete(session)
      .where(and(eq(session.userId, current.userId), eq(session.activeOrganizationId, organizationId)))
    return { ok: true } as const
  })
}

export async function addMember(db: Db, organizationId: string, userId: string, role: Role): Promise<void> {
  await db
    .insert(member)
    .values({ id: crypto.randomUUID(), organizationId, userId, role })
    .onConflictDoNothing()
}

function slugify(name: string): string {
  const base = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40)
  return base || 'org'
}

/**
 * First run: a new organization owned by `userId` as admin, with its General scope at the default hours
 * (Mon–Fri 09:00–18:00 in the chosen zone).
 */
export async function createOrganizationForOwner(
  db: Db,
  input: { userId: string; name: string; country: string; timeZone: string },
  now: Date,
): Promise<{ organizationId: string }> {
  const organizationId = crypto.randomUUID()
  const slug = `${slugify(input.name)}-${organizationId.slice(0, 8)}`
  await db.transaction(async (tx) => {
    await tx.insert(organization).values({
      id: organizationId,
      name: input.name,
      slug,
      country: input.country,
      timeZone: input.timeZone,
      createdAt: now,
    })
    await tx
      .insert(member)
      .values({ id: crypto.randomUUID(), organizationId, userId: input.userId, role: 'admin', createdAt: now })
  })
  await ensureGeneralScope(db, organizationId)
  return { organizationId }
}
