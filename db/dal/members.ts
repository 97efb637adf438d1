import 'server-only'
import { and, asc, count, eq, sql } from 'drizzle-orm'
import type { Db } from '../connection'
import { invitation, member, organization, session, user, type Role } from '../schema'
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

export type MemberSummary = {
  id: string
  userId: string
  name: string
  email: string
  role: Role
  createdAt: Date
}

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

/**
 * Serialises every change to an organization's member set: the organization row is locked (FOR UPDATE) before the
 * admins are counted. Locking only the target member let two admins demote each other at once (each saw the other
 * still admin) and left the organization with none (issue 12 item 1). Concurrent callers now queue here.
 */
async function lockMemberSet(tx: Db, organizationId: string): Promise<void> {
  await tx
    .select({ id: organization.id })
    .from(organization)
    .where(eq(organization.id, organizationId))
    .for('update')
}

async function adminCount(db: Db, organizationId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(member)
    .where(and(eq(member.organizationId, organizationId), eq(member.role, 'admin')))
  return row?.n ?? 0
}

/**
 * The member row locked for the rest of the transaction, or why it may not lose its admin role: 'not_found', or
 * 'last_admin' when it is an admin about to lose that role (`losesAdmin`) and the organization's only admin (an organization always keeps one).
 */
async function lockMember(
  tx: Db,
  organizationId: string,
  memberId: string,
  losesAdmin: boolean,
): Promise<{ ok: true; userId: string } | { ok: false; reason: 'not_found' | 'last_admin' }> {
  await lockMemberSet(tx, organizationId)
  const [current] = await tx
    .select({ role: member.role, userId: member.userId })
    .from(member)
    .where(and(eq(member.organizationId, organizationId), eq(member.id, memberId)))
    .for('update')
  if (!current) return { ok: false, reason: 'not_found' }
  if (current.role === 'admin' && losesAdmin && (await adminCount(tx, organizationId)) <= 1) {
    return { ok: false, reason: 'last_admin' }
  }
  return { ok: true, userId: current.userId }
}

export async function changeMemberRole(
  db: Db,
  organizationId: string,
  memberId: string,
  role: Role,
): Promise<MemberChangeResult> {
  return db.transaction(async (tx) => {
    const locked = await lockMember(tx as unknown as Db, organizationId, memberId, role !== 'admin')
    if (!locked.ok) return locked
    await tx
      .update(member)
      .set({ role })
      .where(and(eq(member.organizationId, organizationId), eq(member.id, memberId)))
    return { ok: true } as const
  })
}

/** Removes the member and ends their sessions in this organization; an organization always keeps one admin. */
export async function removeMember(
  db: Db,
  organizationId: string,
  memberId: string,
): Promise<MemberChangeResult> {
  return db.transaction(async (tx) => {
    const locked = await lockMember(tx as unknown as Db, organizationId, memberId, true)
    if (!locked.ok) return locked
    await tx.delete(member).where(and(eq(member.organizationId, organizationId), eq(member.id, memberId)))
    await tx
      .delete(session)
      .where(and(eq(session.userId, locked.userId), eq(session.activeOrganizationId, organizationId)))
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
    await tx.insert(member).values({
      id: crypto.randomUUID(),
      organizationId,
      userId: input.userId,
      role: 'admin',
      createdAt: now,
    })
  })
  await ensureGeneralScope(db, organizationId)
  return { organizationId }
}

/**
 * Undoes an account that a failed sign-up left without its organization (sign-up is all-or-nothing, issue 12
 * item 5): deletes the user (sessions and credentials cascade) only if they belong to no organization.
 */
export async function deleteAccountWithoutMembership(db: Db, userId: string): Promise<void> {
  await db
    .delete(user)
    .where(
      and(eq(user.id, userId), sql`not exists (select 1 from ${member} where ${member.userId} = ${userId})`),
    )
}

export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000

export type InvitationSummary = { id: string; email: string; role: Role; status: string; expiresAt: Date }

/** A pending invitation for `email` with `role`; its id is the one-time token of the link the admin hands over. */
export async function createInvitation(
  db: Db,
  organizationId: string,
  input: { email: string; role: Role; inviterId: string },
  now: Date,
): Promise<{ ok: true; id: string } | { ok: false; reason: 'already_member' }> {
  const [existing] = await db
    .select({ id: member.id })
    .from(member)
    .innerJoin(user, eq(user.id, member.userId))
    .where(and(eq(member.organizationId, organizationId), eq(user.email, input.email)))
  if (existing) return { ok: false, reason: 'already_member' }
  // The token is unguessable (two UUIDs' worth of randomness) because whoever holds the link can join.
  const id = `${crypto.randomUUID()}${crypto.randomUUID()}`.replaceAll('-', '')
  await db.insert(invitation).values({
    id,
    organizationId,
    email: input.email,
    role: input.role,
    status: 'pending',
    inviterId: input.inviterId,
    expiresAt: new Date(now.getTime() + INVITATION_TTL_MS),
    createdAt: now,
  })
  return { ok: true, id }
}

export async function listPendingInvitations(
  db: Db,
  organizationId: string,
  now: Date,
): Promise<InvitationSummary[]> {
  const rows = await db
    .select({
      id: invitation.id,
      email: invitation.email,
      role: invitation.role,
      status: invitation.status,
      expiresAt: invitation.expiresAt,
    })
    .from(invitation)
    .where(and(eq(invitation.organizationId, organizationId), eq(invitation.status, 'pending')))
    .orderBy(asc(invitation.createdAt))
  return rows.filter((row) => row.expiresAt > now).map((row) => ({ ...row, role: row.role ?? 'staff' }))
}

export async function cancelInvitation(
  db: Db,
  organizationId: string,
  invitationId: string,
): Promise<boolean> {
  const rows = await db
    .update(invitation)
    .set({ status: 'canceled' })
    .where(
      and(
        eq(invitation.organizationId, organizationId),
        eq(invitation.id, invitationId),
        eq(invitation.status, 'pending'),
      ),
    )
    .returning({ id: invitation.id })
  return rows.length > 0
}

export type OpenInvitation = {
  id: string
  email: string
  role: Role
  organizationId: string
  organizationName: string
}

/** The invitation behind a link, if it is still pending and not expired. */
export async function findOpenInvitation(
  db: Db,
  invitationId: string,
  now: Date,
): Promise<OpenInvitation | null> {
  const [row] = await db
    .select({
      id: invitation.id,
      email: invitation.email,
      role: invitation.role,
      status: invitation.status,
      expiresAt: invitation.expiresAt,
      organizationId: invitation.organizationId,
      organizationName: organization.name,
    })
    .from(invitation)
    .innerJoin(organization, eq(organization.id, invitation.organizationId))
    .where(eq(invitation.id, invitationId))
  if (!row || row.status !== 'pending' || row.expiresAt <= now) return null
  return {
    id: row.id,
    email: row.email,
    role: row.role ?? 'staff',
    organizationId: row.organizationId,
    organizationName: row.organizationName,
  }
}

/** Joins the invited user to the organization and uses up the invitation, atomically (a link works once). */
export async function acceptInvitation(
  db: Db,
  invitationId: string,
  userId: string,
  now: Date,
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [open] = await tx
      .select({
        organizationId: invitation.organizationId,
        role: invitation.role,
        expiresAt: invitation.expiresAt,
      })
      .from(invitation)
      .where(and(eq(invitation.id, invitationId), eq(invitation.status, 'pending')))
      .for('update')
    if (!open || open.expiresAt <= now) return false
    await tx.update(invitation).set({ status: 'accepted' }).where(eq(invitation.id, invitationId))
    await tx
      .insert(member)
      .values({
        id: crypto.randomUUID(),
        organizationId: open.organizationId,
        userId,
        role: open.role ?? 'staff',
        createdAt: now,
      })
      .onConflictDoNothing()
    return true
  })
}
