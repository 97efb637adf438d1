// The Horarios form's field paths, ids and error lookup (react-hook-form glue; the rules live in lib/).
import { get, type FieldErrors } from 'react-hook-form'
import type { ScopeSettingsInput } from '@/lib/settings/scope-settings-schema'
import type { Weekday } from '@/lib/schedule/types'

export type FormValues = ScopeSettingsInput
/** Where a schedule lives in the form: the business hours, or the assistant's own hours. */
export type SchedulePath = 'config.business' | 'config.assistant.schedule'

// Typed aliases for dynamic paths (react-hook-form cannot infer template-literal paths through nullable parents).
export type RangesPath = 'config.business.weekly.mon'
export type OverridesPath = 'config.business.overrides'
export type OverrideRangesPath = `config.business.overrides.${number}.ranges`

export const rangesPath = (base: SchedulePath, day: Weekday) => `${base}.weekly.${day}` as RangesPath
export const overridesPath = (base: SchedulePath) => `${base}.overrides` as OverridesPath

/** The message at a dotted path, including array-level ("root") errors from the resolver or the server. */
export function errorAt(errors: FieldErrors<FormValues>, path: string): string | undefined {
  const node = get(errors, path) as { message?: unknown; root?: { message?: unknown } } | undefined
  if (!node) return undefined
  if (typeof node.message === 'string' && node.message) return node.message
  if (typeof node.root?.message === 'string' && node.root.message) return node.root.message
  return undefined
}

/** Stable DOM id from a field path ("config.business.weekly.mon.0.start" → "f-config-business-weekly-mon-0-start"). */
export const fieldId = (path: string) => `f-${path.replace(/[^A-Za-z0-9]+/g, '-')}`
