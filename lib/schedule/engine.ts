// SPEC §4 — schedule evaluation: isOpen, nextChange, openIntervals.
//
// A schedule is compiled once into minute intervals per weekday and per override date, plus its zone's offset
// table (zone.ts). Two evaluation paths, with the same results:
//  - fast path: when no offset transition and no override date is near the instant(s) involved, local time is
//    utc + one constant offset, so the answer comes from a merged table of the week's open intervals in local
//    ms-of-week (a binary search, no allocation). This is nearly every call: transitions are rare.
//  - general path: map the instant to its local day with the offset table, then look at the ranges of the
//    neighbouring local days, each resolved to instants by the SPEC §4 wall-clock rules (zone.resolveWall). The
//    instants of one local day's ranges are computed once per schedule and cached.
import { DAY_MS, MINUTE_MS, MINUTES_PER_DAY, parseDate, parseTime, weekdayIndex } from './time'
import type { Schedule, TimeRange } from './types'
import { WEEKDAYS } from './types'
import { getZone, offsetAt, resolveWall, steadyOffset, type Zone } from './zone'

/** SPEC §4: nextChange looks this far ahead. */
export const HORIZON_DAYS = 400
const HORIZON_MS = HORIZON_DAYS * DAY_MS
/** Per-schedule cap of cached days; when reached the cache is simply dropped (cheap to rebuild, never unbounded). */
const MAX_CACHED_DAYS = 4096
const EMPTY: Float64Array = new Float64Array(0)

/**
 * A day's ranges in minutes: pairs [start, end) with start in 0..1439 and end in start+1..start+1440 (an end
 * past 1440 is on the following date: overnight ranges and "24:00"). Sorted by start.
 */
type MinuteRanges = readonly number[]

type Compiled = {
  readonly source: Schedule
  readonly timeZone: string
  readonly weekly: Schedule['weekly']
  readonly overridesRef: Schedule['overrides']
  readonly zone: Zone
  readonly week: readonly MinuteRanges[] // index 0 = Monday
  readonly overrides: ReadonlyMap<number, MinuteRanges> // day number → ranges (maybe empty = closed)
  /** No override and every instant of the week covered: open forever. */
  readonly alwaysOpen: boolean
  /** No range anywhere: closed forever. */
  readonly neverOpen: boolean
  /**
   * The weekly hours merged into open intervals of local ms-of-week (0 = Monday 00:00), flat [s0, e0, s1, …],
   * sorted, disjoint and non-adjacent, covering three weeks [−1 week, +2 weeks) so that a position in the
   * week finds both the interval it is in and the next boundary, across the Sunday → Monday wrap.
   */
  readonly weekTable: Float64Array
  /** One bit per minute of the week (Monday 00:00 = bit 0): open or not, same information as weekTable. */
  readonly weekBits: Int32Array
  /** Override day numbers, ascending. */
  readonly overrideDays: Float64Array
  /** Local day number → flat [start0, end0, start1, end1, …] instants of the non-empty ranges starting that day. */
  readonly days: Map<number, Float64Array>
}

function compileRanges(ranges: readonly TimeRange[], where: string): number[] {
  const pairs: [number, number][] = []
  for (const [i, range] of ranges.entries()) {
    const start = parseTime(range?.start)
    const end = parseTime(range?.end, true)
    if (start === null || end === null || start === end) {
      throw new RangeError(`Invalid time range at ${where}[${i}]: ${JSON.stringify(range)}`)
    }
    pairs.push([start, end > start ? end : end + MINUTES_PER_DAY])
  }
  pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1])
  return pairs.flat()
}

/** True when the weekly minute ranges (with overnight spill-over) cover every minute of every weekday. */
function coversWholeWeek(week: readonly MinuteRanges[]): boolean {
  for (let d = 0; d < 7; d++) {
    const pieces: [number, number][] = []
    const own = week[d]!
    for (let i = 0; i < own.length; i += 2) pieces.push([own[i]!, Math.min(own[i + 1]!, MINUTES_PER_DAY)])
    const prev = week[(d + 6) % 7]!
    for (let i = 0; i < prev.length; i += 2) {
      if (prev[i + 1]! > MINUTES_PER_DAY) pieces.push([0, prev[i + 1]! - MINUTES_PER_DAY])
    }
    pieces.sort((a, b) => a[0] - b[0])
    let reached = 0
    for (const [s, e] of pieces) {
      if (s > reached) return false
      reached = Math.max(reached, e)
    }
    if (reached < MINUTES_PER_DAY) return false
  }
  return true
}

const WEEK_MS = 7 * DAY_MS

/** See Compiled.weekTable. Built from three copies of the week, merged; the cyclic pattern is the middle copy. */
function buildWeekTable(week: readonly MinuteRanges[]): Float64Array {
  const raw: [number, number][] = []
  for (let copy = 0; copy < 3; copy++) {
    for (let d = 0; d < 7; d++) {
      const ranges = week[d]!
      const base = copy * WEEK_MS + d * DAY_MS
      for (let i = 0; i < ranges.length; i += 2) raw.push([base + ranges[i]! * MINUTE_MS, base + ranges[i + 1]! * MINUTE_MS])
    }
  }
  raw.sort((a, b) => a[0] - b[0])
  const merged: [number, number][] = []
  for (const [s, e] of raw) {
    const last = merged[merged.length - 1]
    if (last !== undefined && s <= last[1]) last[1] = Math.max(last[1], e)
    else merged.push([s, e])
  }
  // Intervals starting in the middle copy are genuine starts (one that began earlier was merged into its start).
  const cycle = merged.filter(([s]) => s >= WEEK_MS && s < 2 * WEEK_MS).map(([s, e]) => [s - WEEK_MS, e - WEEK_MS])
  const out: number[] = []
  for (const shift of [-WEEK_MS, 0, WEEK_MS]) for (const [s, e] of cycle) out.push(s! + shift, e! + shift)
  return Float64Array.from(out)
}

function buildWeekBits(table: Float64Array): Int32Array {
  const bits = new Int32Array(Math.ceil((7 * MINUTES_PER_DAY) / 32))
  for (let i = 0; i < table.length; i += 2) {
    const from = Math.max(0, table[i]! / MINUTE_MS)
    const to = Math.min(7 * MINUTES_PER_DAY, table[i + 1]! / MINUTE_MS)
    for (let m = from; m < to; m++) bits[m >> 5]! |= 1 << (m & 31)
  }
  return bits
}

/** Index of the last interval in `table` whose start ≤ pos, or −1. */
function lastStartAtOrBefore(table: Float64Array, pos: number): number {
  let a = 0
  let b = table.length >> 1
  while (a < b) {
    const mid = (a + b) >> 1
    if (table[mid * 2]! <= pos) a = mid + 1
    else b = mid
  }
  return a - 1
}

/** True if some override day lies in [fromDay, toDay]. */
function overrideWithin(c: Compiled, fromDay: number, toDay: number): boolean {
  const days = c.overrideDays
  if (days.length === 0 || toDay < days[0]! || fromDay > days[days.length - 1]!) return false
  let a = 0
  let b = days.length
  while (a < b) {
    const mid = (a + b) >> 1
    if (days[mid]! < fromDay) a = mid + 1
    else b = mid
  }
  return a < days.length && days[a]! <= toDay
}

/**
 * Margins for the fast path. Ranges that matter at an instant start at most ~2 local days before it and end at most
 * ~2 days after their start; with no transition within 3 days before / 4 days after the instants involved, every
 * wall time that matters resolves as "local − offset" (SPEC §4's gap/overlap rules have nothing to do).
 */
const QUIET_BEFORE = 3 * DAY_MS
const QUIET_AFTER = 4 * DAY_MS
/** nextChange's boundary is less than a week ahead (cyclic week with at least one boundary). */
const QUIET_REACH = 12 * DAY_MS

function compile(schedule: Schedule): Compiled {
  const zone = getZone(schedule.timeZone)
  const week = WEEKDAYS.map((day) => compileRanges(schedule.weekly[day] ?? [], `weekly.${day}`))
  const overrides = new Map<number, MinuteRanges>()
  for (const [i, override] of schedule.overrides.entries()) {
    const day = parseDate(override?.date)
    if (day === null) throw new RangeError(`Invalid override date at overrides[${i}]: ${JSON.stringify(override?.date)}`)
    // Duplicates are rejected by ScheduleSchema; if one slips through, the first occurrence wins.
    if (overrides.has(day)) continue
    overrides.set(day, compileRanges(override.ranges ?? [], `overrides[${i}].ranges`))
  }
  const anyRange = week.some((r) => r.length > 0) || [...overrides.values()].some((r) => r.length > 0)
  const weekTable = buildWeekTable(week)
  const overrideDays = Float64Array.from([...overrides.keys()].sort((a, b) => a - b))
  return {
    source: schedule,
    timeZone: schedule.timeZone,
    weekly: schedule.weekly,
    overridesRef: schedule.overrides,
    zone,
    week,
    overrides,
    alwaysOpen: overrides.size === 0 && coversWholeWeek(week),
    neverOpen: !anyRange,
    weekTable,
    weekBits: buildWeekBits(weekTable),
    overrideDays,
    days: new Map(),
  }
}

/**
 * Compiled schedules are cached in a WeakMap keyed by the schedule object: an entry lives exactly as long as the
 * caller keeps the schedule, so the cache is bounded by GC without any tuning, and a hit costs one lookup (an LRU
 * keyed by content would need to hash the schedule on every call). Schedules are treated as immutable values; as a
 * cheap guard against in-place edits, replacing `timeZone`, `weekly` or `overrides` on the same object recompiles.
 */
const compiledCache = new WeakMap<Schedule, Compiled>()
/** The last schedule evaluated: routing and the preview evaluate one schedule many times in a row. */
let last: Compiled | null = null

function compiled(schedule: Schedule): Compiled {
  const hit = last !== null && last.source === schedule ? last : compiledCache.get(schedule)
  if (
    hit !== undefined &&
    hit.timeZone === schedule.timeZone &&
    hit.weekly === schedule.weekly &&
    hit.overridesRef === schedule.overrides
  ) {
    last = hit
    return hit
  }
  const fresh = compile(schedule)
  compiledCache.set(schedule, fresh)
  last = fresh
  return fresh
}

/** Instants of the ranges that start on local day `day` (override or weekly), empty ones dropped. */
function dayIntervals(c: Compiled, day: number): Float64Array {
  const hit = c.days.get(day)
  if (hit !== undefined) return hit
  const ranges = c.overrides.get(day) ?? c.week[weekdayIndex(day)]!
  let result = EMPTY
  if (ranges.length > 0) {
    const out: number[] = []
    for (let i = 0; i < ranges.length; i += 2) {
      const start = wallInstant(c.zone, day, ranges[i]!)
      const end = wallInstant(c.zone, day, ranges[i + 1]!)
      // A range wholly inside a DST gap collapses (start = end): it is never open.
      if (end > start) out.push(start, end)
    }
    result = out.length === 0 ? EMPTY : Float64Array.from(out)
  }
  if (c.days.size >= MAX_CACHED_DAYS) c.days.clear()
  c.days.set(day, result)
  return result
}

/**
 * The instant of minute `minute` (0..2880) counted from the start of local day `day`. Each wall time is resolved
 * on its own date (SPEC §4): a minute ≥ 1440 is that time on the next date, never "midnight + N minutes".
 */
function wallInstant(zone: Zone, day: number, minute: number): number {
  const carry = minute >= MINUTES_PER_DAY ? 1 : 0
  return resolveWall(zone, (day + carry) * DAY_MS + (minute - carry * MINUTES_PER_DAY) * MINUTE_MS)
}

function localDay(zone: Zone, ms: number): number {
  return Math.floor((ms + offsetAt(zone, ms)) / DAY_MS)
}

function toMs(at: Date, name: string): number {
  const ms = at instanceof Date ? at.getTime() : NaN
  if (Number.isNaN(ms)) throw new RangeError(`${name} must be a valid Date`)
  return ms
}

function containsIn(list: Float64Array, ms: number): boolean {
  for (let i = 0; i < list.length; i += 2) {
    if (ms < list[i]!) return false // sorted by start: no later range can contain ms
    if (ms < list[i + 1]!) return true
  }
  return false
}

/** SPEC §4: is the schedule open at `at`? Intervals are half-open [start, end). */
export function isOpen(schedule: Schedule, at: Date): boolean {
  const ms = toMs(at, 'at')
  const c = compiled(schedule)
  if (c.alwaysOpen) return true
  if (c.neverOpen) return false
  const offset = steadyOffset(c.zone, ms, QUIET_BEFORE, QUIET_AFTER)
  if (offset === offset) {
    // Not NaN: constant offset around `ms`.
    const local = ms + offset
    const day = Math.floor(local / DAY_MS)
    if (!overrideWithin(c, day - 2, day + 2)) {
      // Ranges are whole local minutes, so the open flag of the minute of the week decides.
      const minute = weekdayIndex(day) * MINUTES_PER_DAY + Math.floor((local - day * DAY_MS) / MINUTE_MS)
      return (c.weekBits[minute >> 5]! & (1 << (minute & 31))) !== 0
    }
  }
  return isOpenGeneral(c, ms)
}

function isOpenGeneral(c: Compiled, ms: number): boolean {
  const day = localDay(c.zone, ms)
  // A range starting two days earlier always ends before this local day (it ends at a wall time ≤ 23:59 of the
  // previous date). The next day is checked too: after clocks go back across midnight, a range of the next date
  // may already have opened at its first occurrence.
  return (
    containsIn(dayIntervals(c, day - 1), ms) ||
    containsIn(dayIntervals(c, day), ms) ||
    containsIn(dayIntervals(c, day + 1), ms)
  )
}

/**
 * SPEC §4: the first instant > `at` where isOpen flips; null if none within 400 days.
 * Ranges come out of consecutive local days already sorted by start (wall → instant is monotonic), so one forward
 * scan merges touching/overlapping ranges on the fly.
 */
export function nextChange(schedule: Schedule, at: Date): Date | null {
  const ms = toMs(at, 'at')
  const c = compiled(schedule)
  if (c.alwaysOpen || c.neverOpen) return null
  const fast = nextChangeFast(c, ms)
  if (fast === fast) return new Date(fast)
  return nextChangeGeneral(c, ms)
}

/** The next boundary from the week table, or NaN when a transition or override is near (then: general path). */
function nextChangeFast(c: Compiled, ms: number): number {
  // No weekly boundary at all (no weekly hours, or weekly 24/7 with overrides): only the general path can tell.
  if (c.weekTable.length === 0) return NaN
  const offset = steadyOffset(c.zone, ms, QUIET_BEFORE, QUIET_REACH)
  if (offset !== offset) return NaN
  const local = ms + offset
  const day = Math.floor(local / DAY_MS)
  const pos = weekdayIndex(day) * DAY_MS + (local - day * DAY_MS)
  const table = c.weekTable
  const i = lastStartAtOrBefore(table, pos)
  // Inside interval i → its end; otherwise the next interval's start. The table spans two weeks past `pos`, and a
  // schedule that is neither always open nor never open has a boundary within every week.
  const boundary = i >= 0 && pos < table[i * 2 + 1]! ? table[i * 2 + 1]! : table[(i + 1) * 2]!
  const next = ms + (boundary - pos)
  if (overrideWithin(c, day - 2, Math.floor((local + boundary - pos) / DAY_MS) + 2)) return NaN
  return next
}

function nextChangeGeneral(c: Compiled, ms: number): Date | null {
  const limit = ms + HORIZON_MS
  const first = localDay(c.zone, ms) - 1
  // Local day numbers past this one start after `limit`, whatever the offsets.
  const last = first + HORIZON_DAYS + 3
  let openUntil = -Infinity // end of the merged interval containing `ms`, if any
  for (let day = first; day <= last; day++) {
    const list = dayIntervals(c, day)
    for (let i = 0; i < list.length; i += 2) {
      const start = list[i]!
      const end = list[i + 1]!
      if (start <= ms) {
        if (end > ms && end > openUntil) openUntil = end
        continue
      }
      if (openUntil === -Infinity) return start <= limit ? new Date(start) : null
      if (start > openUntil) return openUntil <= limit ? new Date(openUntil) : null
      if (end > openUntil) openUntil = end
    }
    if (openUntil > limit) return null
  }
  if (openUntil !== -Infinity && openUntil <= limit) return new Date(openUntil)
  return null
}

/** SPEC §4: open intervals within [from, to): merged (touching ones too), sorted, clipped, half-open. */
export function openIntervals(schedule: Schedule, from: Date, to: Date): { start: Date; end: Date }[] {
  const a = toMs(from, 'from')
  const b = toMs(to, 'to')
  if (b <= a) return []
  const c = compiled(schedule)
  if (c.alwaysOpen) return [{ start: new Date(a), end: new Date(b) }]
  if (c.neverOpen) return []
  const offset = steadyOffset(c.zone, a, QUIET_BEFORE, b - a + QUIET_AFTER)
  if (offset === offset) {
    const dayA = Math.floor((a + offset) / DAY_MS)
    const dayB = Math.floor((b + offset) / DAY_MS)
    if (!overrideWithin(c, dayA - 2, dayB + 2)) return openIntervalsFast(c, a, b, offset, dayA)
  }
  return openIntervalsGeneral(c, a, b)
}

function openIntervalsFast(c: Compiled, a: number, b: number, offset: number, dayA: number): { start: Date; end: Date }[] {
  const out: { start: Date; end: Date }[] = []
  // Instant of the local Monday 00:00 starting the week that contains `a` (constant offset: plain arithmetic).
  const monday = (dayA - weekdayIndex(dayA)) * DAY_MS - offset
  const table = c.weekTable
  const third = table.length / 3 // one week's worth of [s, e] pairs in the table
  // The table's first copy (week −1) carries the interval that wraps into this week; later weeks repeat the
  // middle copy.
  for (let base = monday, first = true; base < b; base += WEEK_MS, first = false) {
    for (let i = first ? 0 : third; i < 2 * third; i += 2) {
      const s = base + table[i]!
      const e = base + table[i + 1]!
      if (e <= a) continue
      if (s >= b) break
      out.push({ start: new Date(s > a ? s : a), end: new Date(e < b ? e : b) })
    }
  }
  return out
}

function openIntervalsGeneral(c: Compiled, a: number, b: number): { start: Date; end: Date }[] {
  const out: { start: Date; end: Date }[] = []
  let curStart = NaN
  let curEnd = NaN
  const flush = () => {
    const s = Math.max(curStart, a)
    const e = Math.min(curEnd, b)
    if (e > s) out.push({ start: new Date(s), end: new Date(e) })
  }
  const lastDay = localDay(c.zone, b) + 1
  for (let day = localDay(c.zone, a) - 1; day <= lastDay; day++) {
    const list = dayIntervals(c, day)
    for (let i = 0; i < list.length; i += 2) {
      const start = list[i]!
      const end = list[i + 1]!
      if (start >= b) break
      if (end <= a) continue
      if (start <= curEnd) {
        if (end > curEnd) curEnd = end
        continue
      }
      if (!Number.isNaN(curStart)) flush()
      curStart = start
      curEnd = end
    }
  }
  if (!Number.isNaN(curStart)) flush()
  return out
}

/** For tests only: the general (slow-path) evaluators, to check the fast path against them. */
export const generalPathForTests = {
  isOpen: (schedule: Schedule, at: Date): boolean => isOpenGeneral(compiled(schedule), toMs(at, 'at')),
  nextChange: (schedule: Schedule, at: Date): Date | null => nextChangeGeneral(compiled(schedule), toMs(at, 'at')),
  openIntervals: (schedule: Schedule, from: Date, to: Date): { start: Date; end: Date }[] =>
    openIntervalsGeneral(compiled(schedule), toMs(from, 'from'), toMs(to, 'to')),
}
