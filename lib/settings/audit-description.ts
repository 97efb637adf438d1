// Issue 11.3 — the change history in people's words. An audit entry stores, per changed field, its value before and
// after (db/dal/scopes.ts diffSettings: "business.weekly.mon", "business.overrides", "priority", "assistant", …).
// This turns those into structured description items — which weekday, which special date was added, removed or
// changed, the assistant as words — that the history component translates with the editor's own labels. Pure: no
// next-intl, no React; tolerant of anything an older entry may hold (unknown fields become a generic item).
import type { TimeRange, Weekday } from '../schedule/types'
import { WEEKDAYS } from '../schedule/types'
import { isPriority, type Priority } from '../routing/priority'

/** Where a schedule change happened: the business hours or the assistant's own hours. */
export type ScheduleTarget = 'business' | 'assistant'

/** A special date as the history shows it: which date, closed (no ranges) or its ranges, and its description. */
export type DateSummary = { date: string; ranges: TimeRange[]; label: string | null }

/** The assistant's schedule in words: always on, or its own hours. */
export type AssistantMode = 'always' | 'own'

export type ChangeItem =
  | { kind: 'usesGeneral'; before: boolean | null; after: boolean | null }
  | { kind: 'timeZone'; before: string | null; after: string | null }
  | { kind: 'weekday'; target: ScheduleTarget; day: Weekday; before: TimeRange[]; after: TimeRange[] }
  | { kind: 'dateAdded'; target: ScheduleTarget; date: DateSummary }
  | { kind: 'dateRemoved'; target: ScheduleTarget; date: DateSummary }
  | { kind: 'dateChanged'; target: ScheduleTarget; before: DateSummary; after: DateSummary }
  | { kind: 'message'; before: string; after: string }
  | { kind: 'priority'; before: Priority | null; after: Priority | null }
  | { kind: 'assistantCreated'; name: string; active: boolean; mode: AssistantMode }
  | { kind: 'assistantRemoved'; name: string }
  | { kind: 'assistantName'; before: string; after: string }
  | { kind: 'assistantActive'; before: boolean; after: boolean }
  | { kind: 'assistantMode'; before: AssistantMode; after: AssistantMode }
  /** "Sigue los festivos del horario de atención" switched on or off. */
  | { kind: 'assistantFollowsBusinessOverrides'; before: boolean; after: boolean }
  | { kind: 'name'; before: string | null; after: string | null }
  /** A field this version does not know (kept readable: text, never a JSON dump). */
  | { kind: 'other'; field: string; before: string; after: string }

type Change = { before: unknown; after: unknown }

// ------------------------------------------------------------------------------------------------------------
// Defensive readers: stored JSON may come from any earlier version.
// ------------------------------------------------------------------------------------------------------------

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

function ranges(value: unknown): TimeRange[] {
  if (!Array.isArray(value)) return []
  return value.flatMap((r) =>
    isObject(r) && typeof r.start === 'string' && typeof r.end === 'string'
      ? [{ start: r.start, end: r.end }]
      : [],
  )
}

function dates(value: unknown): DateSummary[] {
  if (!Array.isArray(value)) return []
  return value.flatMap((o) =>
    isObject(o) && typeof o.date === 'string'
      ? [
          {
            date: o.date,
            ranges: ranges(o.ranges),
            label: typeof o.label === 'string' && o.label ? o.label : null,
          },
        ]
      : [],
  )
}

const text = (v: unknown): string => (typeof v === 'string' ? v : '')
const bool = (v: unknown): boolean | null => (typeof v === 'boolean' ? v : null)
const priority = (v: unknown): Priority | null => (isPriority(v) ? v : null)
const sameRanges = (a: TimeRange[], b: TimeRange[]) =>
  a.length === b.length && a.every((r, i) => r.start === b[i]?.start && r.end === b[i]?.end)

/** Readable text of an unknown value: strings as they are, lists counted, never a JSON blob. */
function plain(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return String(value)
  if (Array.isArray(value)) return value.map(plain).filter(Boolean).join(', ')
  if (isObject(value)) {
    if (typeof value.start === 'string' && typeof value.end === 'string') return `${value.start}–${value.end}`
    if (typeof value.name === 'string') return value.name
  }
  return ''
}

// ------------------------------------------------------------------------------------------------------------
// Schedules: weekdays in week order, special dates by date (added / removed / changed).
// ------------------------------------------------------------------------------------------------------------

function weeklyItems(target: ScheduleTarget, before: unknown, after: unknown): ChangeItem[] {
  const b = isObject(before) ? before : {}
  const a = isObject(after) ? after : {}
  return WEEKDAYS.flatMap((day) => {
    const x = ranges(b[day])
    const y = ranges(a[day])
    return sameRanges(x, y) ? [] : [{ kind: 'weekday', target, day, before: x, after: y } as const]
  })
}

export function dateItems(target: ScheduleTarget, before: unknown, after: unknown): ChangeItem[] {
  const x = new Map(dates(before).map((d) => [d.date, d]))
  const y = new Map(dates(after).map((d) => [d.date, d]))
  const all = [...new Set([...x.keys(), ...y.keys()])].sort()
  return all.flatMap((date): ChangeItem[] => {
    const b = x.get(date)
    const a = y.get(date)
    if (!b && a) return [{ kind: 'dateAdded', target, date: a }]
    if (b && !a) return [{ kind: 'dateRemoved', target, date: b }]
    if (b && a && (!sameRanges(b.ranges, a.ranges) || b.label !== a.label))
      return [{ kind: 'dateChanged', target, before: b, after: a }]
    return []
  })
}

function scheduleItems(target: ScheduleTarget, before: unknown, after: unknown): ChangeItem[] {
  const b = isObject(before) ? before : {}
  const a = isObject(after) ? after : {}
  const items: ChangeItem[] = []
  if (text(b.timeZone) !== text(a.timeZone) && target === 'business')
    items.push({ kind: 'timeZone', before: text(b.timeZone) || null, after: text(a.timeZone) || null })
  items.push(...weeklyItems(target, b.weekly, a.weekly), ...dateItems(target, b.overrides, a.overrides))
  return items
}

// ------------------------------------------------------------------------------------------------------------
// The assistant: created / removed / renamed / switched / its schedule.
// ------------------------------------------------------------------------------------------------------------

const modeOf = (schedule: unknown): AssistantMode => (isObject(schedule) ? 'own' : 'always')

function assistantScheduleItems(before: unknown, after: unknown): ChangeItem[] {
  const items: ChangeItem[] = []
  const [x, y] = [modeOf(before), modeOf(after)]
  if (x !== y) items.push({ kind: 'assistantMode', before: x, after: y })
  // From "always" to own hours, the new hours are listed as changes from an empty week (and vice versa).
  items.push(...scheduleItems('assistant', before, after))
  return items
}

function assistantItems(before: unknown, after: unknown): ChangeItem[] {
  if (!isObject(before) && isObject(after)) {
    const items: ChangeItem[] = [
      {
        kind: 'assistantCreated',
        name: text(after.name),
        active: after.active === true,
        mode: modeOf(after.schedule),
      },
    ]
    if (isObject(after.schedule)) items.push(...scheduleItems('assistant', null, after.schedule))
    return items
  }
  if (isObject(before) && !isObject(after)) return [{ kind: 'assistantRemoved', name: text(before.name) }]
  if (!isObject(before) || !isObject(after)) return []
  const items: ChangeItem[] = []
  if (text(before.name) !== text(after.name))
    items.push({ kind: 'assistantName', before: text(before.name), after: text(after.name) })
  if (before.active !== after.active)
    items.push({ kind: 'assistantActive', before: before.active === true, after: after.active === true })
  items.push(...assistantScheduleItems(before.schedule, after.schedule))
  return items
}

// ------------------------------------------------------------------------------------------------------------
// One entry.
// ------------------------------------------------------------------------------------------------------------

// Fields in the order the editor shows them; anything unknown comes last.
const ORDER = [
  'usesGeneral',
  'name',
  'business.timeZone',
  ...WEEKDAYS.map((d) => `business.weekly.${d}`),
  'business.overrides',
  'outOfHoursMessage',
  'assistant',
  'assistant.name',
  'assistant.active',
  'assistant.schedule',
  'assistant.followsBusinessOverrides',
  'priority',
]
const rank = (field: string) => {
  const i = ORDER.indexOf(field)
  return i === -1 ? ORDER.length : i
}

function itemsOf(field: string, { before, after }: Change): ChangeItem[] {
  const weekday = /^business\.weekly\.(mon|tue|wed|thu|fri|sat|sun)$/.exec(field)?.[1] as Weekday | undefined
  if (weekday) {
    const [x, y] = [ranges(before), ranges(after)]
    return sameRanges(x, y)
      ? []
      : [{ kind: 'weekday', target: 'business', day: weekday, before: x, after: y }]
  }
  switch (field) {
    case 'usesGeneral':
      return [{ kind: 'usesGeneral', before: bool(before), after: bool(after) }]
    case 'name':
      return [
        {
          kind: 'name',
          before: typeof before === 'string' ? before : null,
          after: typeof after === 'string' ? after : null,
        },
      ]
    case 'business.timeZone':
      return [{ kind: 'timeZone', before: text(before) || null, after: text(after) || null }]
    case 'business.overrides':
      return dateItems('business', before, after)
    case 'business':
      return scheduleItems('business', before, after)
    case 'outOfHoursMessage':
      return [{ kind: 'message', before: text(before), after: text(after) }]
    case 'priority':
      return [{ kind: 'priority', before: priority(before), after: priority(after) }]
    case 'assistant':
      return assistantItems(before, after)
    case 'assistant.name':
      return [{ kind: 'assistantName', before: text(before), after: text(after) }]
    case 'assistant.active':
      return [{ kind: 'assistantActive', before: before === true, after: after === true }]
    case 'assistant.schedule':
      return assistantScheduleItems(before, after)
    case 'assistant.followsBusinessOverrides':
      return [{ kind: 'assistantFollowsBusinessOverrides', before: before === true, after: after === true }]
    default:
      return [{ kind: 'other', field, before: plain(before), after: plain(after) }]
  }
}

/** The readable items of one audit entry's `changes`, in the editor's order (weekdays Monday → Sunday). */
export function describeChanges(changes: unknown): ChangeItem[] {
  if (!isObject(changes)) return []
  return Object.entries(changes)
    .filter((entry): entry is [string, Change] => isObject(entry[1]))
    .sort(([a], [b]) => rank(a) - rank(b))
    .flatMap(([field, change]) => itemsOf(field, change))
}

/** The date of a special date as an instant at noon UTC, to format it as a calendar date in any zone-free way. */
export function calendarDate(date: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)
  if (!match) return null
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12))
}
