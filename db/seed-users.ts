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

/** Creates the missing demo users (account + membership) and links demo agents to them. Idempotent. */
export async function seedDemoUsers(db: Db, { now }: { now: Date }): Promise<string[]> {
  const created: string[] = []
  for (const demo of DEMO_USERS) {
    const organizationId = orgIdBySlug.get(demo.org)
    if (!organizationId) continue
    const [existing] = await db.select({ id: user.id }).from(user).where(eq(user.email, demo.email))
    if (existing) continue
    const userId = crypto.randomUUID()
    const password = await hashPassword(demo.password)
    await db.transaction(async (tx) => {
      await tx.insert(user).values({
        id: userId,
        name: demo.name,
        email: demo.email,
        emailVerified: true,
        createdAt: now,
        updatedAt: now,
      })
      await tx.insert(account).values({
        id: crypto.randomUUID(),
        accountId: userId,
        providerId: 'credential',
        userId,
        password,
        createdAt: now,
        updatedAt: now,
      })
      await tx
        .insert(member)
        .values({ id: crypto.randomUUID(), organizationId, userId, role: demo.role, createdAt: now })
    })
    created.push(demo.email)
  }
  await linkDemoAgents(db)
  return created
}
