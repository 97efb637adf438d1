// Demo accounts for the demo organizations. No 'server-only': run by the seed scripts (tsx) and tests.
// Passwords are hashed with better-auth's own hasher so the accounts sign in through better-auth like any other.
import { hashPassword } from 'better-auth/crypto'
import { eq } from 'drizzle-orm'
import type { Db } from './connection'
import { account, member, user } from './schema'
import { DEMO_ORGANIZATIONS, DEMO_USERS, linkDemoAgents } from './seed'

const orgIdBySlug = new Map<string, string>(
  Object.values(DEMO_ORGANIZATIONS).map((org) => [org.slug, org.id]),
)

export type PasswordMember = {
  name: string
  email: string
  password: string
  organizationId: string
  role: 'admin' | 'staff'
}

/**
 * Creates a user with an e-mail/password credential and their membership in one transaction, exactly as better-auth
 * stores them, so the account signs in through better-auth. Returns the user id. Tests use it for members the demo
 * seed lacks.
 */
export async function insertPasswordMember(
  db: Db,
  { name, email, password, organizationId, role }: PasswordMember,
  { now }: { now: Date },
): Promise<string> {
  const userId = crypto.randomUUID()
  const hashed = await hashPassword(password)
  await db.transaction(async (tx) => {
    await tx
      .insert(user)
      .values({ id: userId, name, email, emailVerified: true, createdAt: now, updatedAt: now })
    await tx.insert(account).values({
      id: crypto.randomUUID(),
      accountId: userId,
      providerId: 'credential',
      userId,
      password: hashed,
      createdAt: now,
      updatedAt: now,
    })
    await tx.insert(member).values({ id: crypto.randomUUID(), organizationId, userId, role, createdAt: now })
  })
  return userId
}

/** Creates the missing demo users (account + membership) and links demo agents to them. Idempotent. */
export async function seedDemoUsers(db: Db, { now }: { now: Date }): Promise<string[]> {
  const created: string[] = []
  for (const demo of DEMO_USERS) {
    const organizationId = orgIdBySlug.get(demo.org)
    if (!organizationId) continue
    const [existing] = await db.select({ id: user.id }).from(user).where(eq(user.email, demo.email))
    if (existing) continue
    await insertPasswordMember(db, { ...demo, organizationId }, { now })
    created.push(demo.email)
  }
  await linkDemoAgents(db)
  return created
}
