// docs/behaviour.md §6 › Versions — what restoring a version leaves stored, so the confirmation can name exactly
// what it replaces. Mirrors saveScopeSettings (db/dal/scopes.ts): a "uses General" save keeps the stored own
// configuration as it is (§3); any other save stores the version's configuration.
import { diffSettings, type Comparable, type SettingsChanges } from './settings-diff'

/** The scope after restoring `version` over `current` (both as stored: usesGeneral + the stored configuration). */
export function restoredSettings(current: Comparable, version: Comparable): Comparable {
  return version.usesGeneral
    ? { usesGeneral: true, config: current.config }
    : { usesGeneral: false, config: version.config }
}

/** What a restore would change, field by field (empty: the current configuration already equals the version). */
export function restoreChanges(current: Comparable, version: Comparable): SettingsChanges {
  return diffSettings(current, restoredSettings(current, version))
}
