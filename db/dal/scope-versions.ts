import 'server-only'
// Version snapshots (issue 16 item 1; docs/behaviour.md §6 › Versions): one scope's configuration as a save left it.
// Written by saveScopeSettings (db/dal/scopes.ts) in the save's transaction; read here, always by organization AND
// scope AND version, so another organization's version — or another scope's — is simply not found.
import { and, eq, isNull } from 'drizzle-orm'
import type { ScopeConfiguration } from '@/lib/settings/types'
import type { Db } from '../connection'
import { scopeVersion } from '../schema'

export type ScopeVersion = {
  departmentId: string | null
  version: number
  usesGeneral: boolean
  hasOwnConfig: boolean
  config: ScopeConfiguration
  /** The version this one restored, if it was a restore. */
  restoredFrom: number | null
  savedByName: string
  savedAt: Date
}

/** One version of one scope of the organization; null when it has no snapshot (saved before snapshots existed). */
export async function getScopeVersion(
  db: Db,
  organizationId: string,
  departmentId: string | null,
  version: number,
): Promise<ScopeVersion | null> {
  const [row] = await db
    .select({
      departmentId: scopeVersion.departmentId,
      version: scopeVersion.version,
      usesGeneral: scopeVersion.usesGeneral,
      hasOwnConfig: scopeVersion.hasOwnConfig,
      config: scopeVersion.config,
      restoredFrom: scopeVersion.restoredFrom,
      savedByName: scopeVersion.savedByName,
      savedAt: scopeVersion.savedAt,
    })
    .from(scopeVersion)
    .where(
      and(
        eq(scopeVersion.organizationId, organizationId),
        departmentId === null
          ? isNull(scopeVersion.departmentId)
          : eq(scopeVersion.departmentId, departmentId),
        eq(scopeVersion.version, version),
      ),
    )
  return row ?? null
}
