import { get, type FieldErrors } from 'react-hook-form'
import type { ScopeSettingsInput } from '@/lib/settings/scope-settings-schema'
import type { TimeRange, Weekday } from '@/lib/schedule/types'

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

const toMinutes = (t: string) => {
  const m = /^(\d\d):(\d\d)$/.exec(t)
  return m ? Number(m[1]) * 60 + Number(m[2]) : null
}
const fromMinutes = (n: number) =>
  `${String(Math.floor(n / 60)).padStart(2, '0')}:${String(n % 60).padStart(2, '0')}`

/** A sensible next range for a day: after the last one, else 09:00–18:00. */
export function nextRange(existing: readonly TimeRange[]): TimeRange {
  if (existing.length === 0) return { start: '09:00', end: '18:00' }
  const ends = existing.map((r) => {
    const s = toMinutes(r.start)
    const e = r.end === '24:00' ? 1440 : toMinutes(r.end)
    if (s === null || e === null) return null
    return e <= s ? null : e
  })
  const last = Math.max(...ends.map((e) => e ?? 1440))
  if (last + 60 <= 22 * 60) {
    const start = last + 60
    const end = Math.min(start + 180, 1440)
    return { start: fromMinutes(start), end: end === 1440 ? '24:00' : fromMinutes(end) }
  }
  return { start: '06:00', end: '07:00' }
}

/** True when a range crosses midnight (end ≤ start, "24:00" excluded). */
export function isOvernight(range: { start?: unknown; end?: unknown } | undefined): boolean {
  if (!range || typeof range.start !== 'string' || typeof range.end !== 'string') return false
  if (range.end === '24:00') return false
  const s = toMinutes(range.start)
  const e = toMinutes(range.end)
  return s !== null && e !== null && e < s
}

export const cloneRanges = (ranges: readonly TimeRange[] | undefined): TimeRange[] =>
  (ranges ?? []).map((r) => ({ start: r.start, end: r.end }))
