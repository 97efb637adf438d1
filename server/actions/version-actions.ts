'use server'
// docs/behaviour.md §6 › Versions — restoring an earlier version of a scope (issue 16 item 1).
//
// A restore is a save: the version's snapshot, looked up inside the session's organization (another
// organization's version, or another scope's, is simply not found), goes through the schema the editor's save
// parses with and through the same saveScopeSettings — one transaction, the version check on `expectedVersion`
// (the current version the admin was looking at, so a save made meanwhile gets the usual conflict), a new version,
// an audit entry 'settings.restore' naming the restored version, and a snapshot of its own (so a restore can be
// undone by restoring the version before it).
import { revalidatePath } from 'next/cache'
import { z } from 'zod'
import { getScopeVersion, saveScopeSettings } from '@/db/queries'
import { defineAction } from '@/server/action-client'
import { invalid } from '@/server/actions/action-result'
import { requestLocale } from '@/server/request-locale'
import { scopeSettingsSchemaFor } from '@/server/scope-settings-schemas'
import { DepartmentIdSchema, VersionSchema } from '@/lib/settings/scope-target'
import { toFormValues } from '@/lib/settings/scope-settings-values'

const RestoreSchema = z.strictObject({
  departmentId: DepartmentIdSchema,
  /** The version to bring back. */
  version: VersionSchema,
  /** The scope's current version as the admin saw it. */
  expectedVersion: VersionSchema,
})

/** The new version the restore made. */
export type RestoredVersion = { version: number; restoredFrom: number }

export const restoreVersionAction = defineAction<typeof RestoreSchema, RestoredVersion>({
  permission: { settings: ['update'] },
  schema: RestoreSchema,
  run: async ({ departmentId, version, expectedVersion }, viewer) => {
    const snapshot = await getScopeVersion(viewer.organizationId, departmentId, version)
    if (!snapshot) return { ok: false, error: 'not_found' }
    // Today's rules judge what is stored again (limits may have tightened since that version was saved).
    const schema = scopeSettingsSchemaFor(await requestLocale(), viewer.organizationName)
    const settings = schema.safeParse(toFormValues(snapshot.usesGeneral, snapshot.config))
    if (!settings.success) return invalid(settings.error)
    const result = await saveScopeSettings(
      viewer.organizationId,
      departmentId,
      {
        expectedVersion,
        usesGeneral: settings.data.usesGeneral,
        config: settings.data.config,
        restoredFrom: version,
      },
      { userId: viewer.userId, name: viewer.name },
    )
    if (!result.ok) return { ok: false, error: result.reason }
    revalidatePath('/settings/schedules', 'layout')
    revalidatePath('/preview')
    return { ok: true, data: { version: result.version, restoredFrom: version } }
  },
})
