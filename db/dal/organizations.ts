import 'server-only'
import { eq } from 'drizzle-orm'
import type { Db } from '../connection'
import { organization } from '../schema'

export type OrganizationInfo = { id: string; name: string; slug: string; country: string; timeZone: string }

export async function getOrganization(db: Db, organizationId: string): Promise<OrganizationInfo | null> {
  const [row] = await db
    .select({
      id: organization.id,
      name: organization.name,
      slug: organization.slug,
      country: organization.country,
      timeZone: organization.timeZone,
    })
    .from(organization)
    .where(eq(organization.id, organizationId))
  return row ?? null
}
