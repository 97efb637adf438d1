// docs/behaviour.md §4 — schedule evaluation: isOpen, nextChange, openIntervals.
//
// A schedule is compiled once into minute ranges per weekday and per override date (compile), and its zone gets an
// offset table (zone.ts). Each local day's ranges are resolved to instants by the docs/behaviour.md §4 wall-clock rules
// (zone.resolveWall, dayIntervals) — the only place where DST, overrides and overnight ranges are handled.
//
// The resolved ranges are merged, lazily, into "boundary chunks": for each 16-day stretch of UTC time that a query
// touches, the sorted instants where isOpen flips (a Float64Array ending with +Infinity), the state just before the
// stretch, and per UTC day the index of its first boundary. Since chunks are built from the merged ranges of every
// local day around them, intervals that touch across a chunk edge are one interval, and a chunk's boundaries are
// exactly the instants where isOpen flips. Chunks live in a small direct-mapped cache per compiled schedule
// (bounded; rebuilt on a miss).
//
// Hot paths:
//  - isOpen and nextChange read a "day table" filled from the chunks: per UTC day, a fixed slot with the state at
//    the day's start and its first few flips, so that both are a handful of compares without a data-dependent
//    branch (see "Day table" below). Busy days and far-away changes fall back to a scan over the chunk;
//  - openIntervals walks the chunk boundaries in the window (its cost is allocating the result).
//
// General path (kept for tests, as an independent check of the chunks and the day table): walk the neighbouring
// local days.
import { DAY_MS, MINUTE_MS, MINUTES_PER_DAY, parseDate, parseTime, weekdayIndex } from './time'
import type { Schedule, TimeRange } from './types'
import { WEEKDAYS } from './types'
import { getZone, offsetAt, resolveWall, type Zone } from './zone'

/** docs/behaviour.md §4: nextChange looks this far ahead. */
export const HORIZON_DAYS = 400
/** Local copies of time.ts constants: hot-path code reads them as literals, not as (bundler) module bindings. */
const DAY = 86_400_000
const HORIZON_MS = HORIZON_DAYS * DAY
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
  /** Local day number → flat [start0, end0, start1, end1, …] instants of the non-empty ranges starting that day. */
  readonly days: Map<number, Float64Array>
  /**
   * OPEN: no override and every instant of the week covered, open forever; CLOSED: no range anywhere, closed
   * forever; else VARIES. The one field the hot paths test before the day table.
   */
  readonly constant: number
  /** Boundary chunks, direct-mapped by chunk index (see chunkByIndex). */
  readonly slots: Chunk[]
  /**
   * The day table (see "Day table" below): the shared blank one until a slot is first filled (schedules that are only
   * asked for openIntervals, e.g. coverage maps, never pay for a table); NO_TABLE when the schedule does not vary.
   */
  table: number[]
}

/** Values of Compiled.constant (small integers: the hot paths compare them without a type check). */
const VARIES = -1
const CLOSED = 0
const OPEN = 1

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

function compile(schedule: Schedule): Compiled {
  const zone = getZone(schedule.timeZone)
  const week = WEEKDAYS.map((day) => compileRanges(schedule.weekly[day] ?? [], `weekly.${day}`))
  const overrides = new Map<number, MinuteRanges>()
  for (const [i, override] of schedule.overrides.entries()) {
    const day = parseDate(override?.date)
    if (day === null)
      throw new RangeError(`Invalid override date at overrides[${i}]: ${JSON.stringify(override?.date)}`)
    // Duplicates are rejected by ScheduleSchema; if one slips through, the first occurrence wins.
    if (overrides.has(day)) continue
    overrides.set(day, compileRanges(override.ranges ?? [], `overrides[${i}].ranges`))
  }
  const anyRange = week.some((r) => r.length > 0) || [...overrides.values()].some((r) => r.length > 0)
  const alwaysOpen = overrides.size === 0 && coversWholeWeek(week)
  const constant = alwaysOpen ? OPEN : anyRange ? VARIES : CLOSED
  return {
    source: schedule,
    timeZone: schedule.timeZone,
    weekly: schedule.weekly,
    overridesRef: schedule.overrides,
    zone,
    week,
    overrides,
    constant,
    days: new Map(),
    slots: Array.from({ length: SLOTS }, () => NO_CHUNK),
    table: constant === VARIES ? blankTable() : NO_TABLE,
  }
}

/**
 * Compiled schedules are cached in a WeakMap keyed by the schedule object: an entry lives exactly as long as the
 * caller keeps the schedule, so the cache is bounded by GC without any tuning, and a hit costs one lookup (an LRU
 * keyed by content would need to hash the schedule on every call). Schedules are treated as immutable values; as a
 * cheap guard against in-place edits, replacing `timeZone`, `weekly` or `overrides` on the same object recompiles.
 */
const compiledCache = new WeakMap<Schedule, Compiled>()
/**
 * The last schedule evaluated: routing and the preview evaluate one schedule many times in a row. (A property of a
 * const object rather than a module-level `let`, whose every read carries a not-yet-initialised check.)
 */
const memo: { last: Compiled | null } = { last: null }

/** The hot check is small enough to be inlined into every entry point; misses go to compiledSlow. */
function compiled(schedule: Schedule): Compiled {
  const hit = memo.last
  if (
    hit !== null &&
    hit.source === schedule &&
    hit.weekly === schedule.weekly &&
    hit.overridesRef === schedule.overrides &&
    hit.timeZone === schedule.timeZone
  ) {
    return hit
  }
  return compiledSlow(schedule)
}

function compiledSlow(schedule: Schedule): Compiled {
  const hit = compiledCache.get(schedule)
  if (
    hit !== undefined &&
    hit.timeZone === schedule.timeZone &&
    hit.weekly === schedule.weekly &&
    hit.overridesRef === schedule.overrides
  ) {
    memo.last = hit
    return hit
  }
  const fresh = compile(schedule)
  compiledCache.set(schedule, fresh)
  memo.last = fresh
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
 * on its own date (docs/behaviour.md §4): a minute ≥ 1440 is that time on the next date, never "midnight + N minutes".
 */
function wallInstant(zone: Zone, day: number, minute: number): number {
  const carry = minute >= MINUTES_PER_DAY ? 1 : 0
  return resolveWall(zone, (day + carry) * DAY_MS + (minute - carry * MINUTES_PER_DAY) * MINUTE_MS)
}

function localDay(zone: Zone, ms: number): number {
  return Math.floor((ms + offsetAt(zone, ms)) / DAY_MS)
}

function toMs(at: Date, name: string): number {
  if (!(at instanceof Date)) throw new RangeError(`${name} must be a valid Date`)
  const ms = at.getTime()
  if (ms !== ms) throw new RangeError(`${name} must be a valid Date`)
  return ms
}

// ── Boundary chunks ────────────────────────────────────────────────────────────────────────────────────────────
/**
 * Days of UTC time per chunk: a first evaluation resolves ~24 local days and needs ~48 days of the zone table (see
 * zone.ts), well under a millisecond; later queries in the same 16 days reuse it.
 */
const CHUNK_DAYS = 16
const CHUNK_MS = CHUNK_DAYS * DAY
/** Direct-mapped cache size (a power of two): 256 chunks ≈ 11 years of consecutive chunks without a collision. */
const SLOTS = 256
const SLOT_MASK = SLOTS - 1

/** The instants where isOpen flips within [start, start + CHUNK_MS). */
type Chunk = {
  /** Chunk index: the chunk covers [index · CHUNK_MS, (index + 1) · CHUNK_MS) in UTC ms. */
  readonly index: number
  readonly start: number
  /** 1 if the schedule is open just before `start`, else 0. */
  readonly parity: number
  /** Flip instants in [start, start + CHUNK_MS), strictly ascending, then one +Infinity sentinel. */
  readonly bounds: Float64Array
  /** dayFirst[d] = index of the first bound ≥ start + d days (d = 0 … CHUNK_DAYS − 1). */
  readonly dayFirst: Int32Array
}

const NO_CHUNK: Chunk = {
  index: NaN,
  start: NaN,
  parity: 0,
  bounds: new Float64Array([Infinity]),
  dayFirst: new Int32Array(CHUNK_DAYS),
}

/**
 * The index of the chunk containing `ms`. The quotient can round up to the next integer for |ms| beyond ~4.5e15
 * (year ±140000), hence the correction, which keeps ms − start in [0, CHUNK_MS) for every valid Date.
 */
function chunkIndex(ms: number): number {
  const index = Math.floor(ms / CHUNK_MS)
  return index * CHUNK_MS > ms ? index - 1 : index
}

/** The chunk with index `index` (cached, or built now). */
function chunkByIndex(c: Compiled, index: number): Chunk {
  const hit = c.slots[index & SLOT_MASK]!
  return hit.index === index ? hit : buildChunk(c, index)
}

/**
 * Merges the resolved ranges of every local day that can reach [start − 1 ms, end] and keeps the merged intervals'
 * starts and ends that fall in [start, end). Ranges come out of consecutive local days sorted by start (wall →
 * instant is monotonic), so one forward pass merges overlapping and touching ranges. A range that matters at an
 * instant t starts on local day localDay(t) − 1 … localDay(t) + 1 (see isOpenGeneral); two more days on each side
 * are a margin.
 */
function buildChunk(c: Compiled, index: number): Chunk {
  const start = index * CHUNK_MS
  const end = start + CHUNK_MS
  const firstDay = localDay(c.zone, start - 1) - 2
  const lastDay = localDay(c.zone, end) + 2
  const out: number[] = []
  let parity = 0
  let curStart = NaN
  let curEnd = NaN
  const flush = () => {
    if (curStart < start && curEnd >= start) parity = 1
    if (curStart >= start && curStart < end) out.push(curStart)
    if (curEnd >= start && curEnd < end) out.push(curEnd)
  }
  for (let day = firstDay; day <= lastDay; day++) {
    const list = dayIntervals(c, day)
    for (let i = 0; i < list.length; i += 2) {
      const s = list[i]!
      const e = list[i + 1]!
      if (s <= curEnd) {
        if (e > curEnd) curEnd = e
        continue
      }
      if (curEnd === curEnd) flush()
      curStart = s
      curEnd = e
    }
  }
  if (curEnd === curEnd) flush()
  out.push(Infinity)
  const bounds = Float64Array.from(out)
  const dayFirst = new Int32Array(CHUNK_DAYS)
  for (let d = 0, j = 0; d < CHUNK_DAYS; d++) {
    const dayStart = start + d * DAY
    while (bounds[j]! < dayStart) j++
    dayFirst[d] = j
  }
  const chunk: Chunk = { index, start, parity, bounds, dayFirst }
  c.slots[index & SLOT_MASK] = chunk
  return chunk
}

// ── Day table ──────────────────────────────────────────────────────────────────────────────────────────────────
// isOpen and nextChange get random instants (routing asks about "now" for every conversation). Two costs dominate
// then, and the table is shaped by them:
//  - a scan over a day's boundaries mispredicts its exit branch about once per call;
//  - the caller branches on isOpen's answer, which is just as unpredictable, and a mispredicted branch costs the
//    latency of everything its condition waits for. So the dependency chain from `at` to the answer must be short:
//    no division, no float → int → float round trips, no loop.
// Per UTC day (day = floor(ms / DAY)) a fixed slot of STRIDE numbers:
//   [0]    key = day · 4 + busy · 2 + parity (exact integers): the day the slot holds; busy = 1 when the day has more
//          than MAX_FLIPS flips (the chunk scan answers then); parity = 1 if open at the day's first instant;
//   [1..7] the day's flips (instants, ms), ascending, then in every slot left the first later flip of the same chunk
//          (< 16 days ahead), or +Infinity when the chunk has none.
// The number of the day's flips ≤ ms is the number of slots 1..MAX_FLIPS that are ≤ ms (the later entries are all
// > ms): six independent compares summed, no branch. Then
//   isOpen     = parity + flips passed, mod 2;
//   nextChange = slot[1 + flips passed]: the next flip today, or else the first one on a later day of the chunk
//                (slot 7 is there so that this read stays inside the slot when all 6 flips have passed).
// Slots are direct-mapped by day number and filled one chunk (16 days) at a time from the chunk's boundaries.
// The table is a plain array of doubles (V8 keeps it as an unboxed FixedDoubleArray), not a Float64Array: V8 guards
// every typed-array read with a detached-buffer check on top of the bounds check, and with eight reads per call
// that measured ~1 ns slower for isOpen and ~5 ns for nextChange (Node 20).
const STRIDE = 8
const MAX_FLIPS = STRIDE - 2
/** Days in the table (a power of two): a year of consecutive days never collides. 32 KB per schedule that needs one. */
const TABLE_DAYS = 512
const TABLE_MASK = TABLE_DAYS - 1
/** Key of a slot never filled: matches no day (every comparison with NaN is false). */
const EMPTY_KEY = NaN
const PER_DAY = 1 / DAY
/** The table of schedules that do not vary (never read); a double array like the real ones. */
const NO_TABLE: number[] = [EMPTY_KEY]
/**
 * The table with no slot filled, shared by every varying schedule until fillDays writes its first slot: then the
 * schedule gets its own copy (slice() of a packed double array is a memcpy). Never written itself.
 */
let emptyTable: number[] | null = null

function blankTable(): number[] {
  if (emptyTable === null) {
    // Doubling with concat (TABLE_DAYS · STRIDE is a power of two) keeps the array packed and unboxed, and runs in
    // builtins even before the JIT has warmed up: ~10× faster than a loop on a first evaluation.
    let table = [EMPTY_KEY]
    while (table.length < TABLE_DAYS * STRIDE) table = table.concat(table)
    emptyTable = table
  }
  return emptyTable
}

/** Number of the day's flips at or before `ms`, from the slot at `base` (ms must lie in the slot's day). */
function flipsPassed(table: number[], base: number, ms: number): number {
  // Number(boolean) is a plain 0/1 (a setcc): the sum has no branch.
  return (
    Number(ms >= table[base + 1]!) +
    Number(ms >= table[base + 2]!) +
    Number(ms >= table[base + 3]!) +
    Number(ms >= table[base + 4]!) +
    Number(ms >= table[base + 5]!) +
    Number(ms >= table[base + 6]!)
  )
}

/** The slot of UTC day `day` (exact), filled now (with the rest of its chunk) if it holds another day. */
function slotOf(c: Compiled, day: number): number {
  const base = (day & TABLE_MASK) * STRIDE
  if (Math.floor(c.table[base]! / 4) !== day) fillDays(c, chunkByIndex(c, Math.floor(day / CHUNK_DAYS)))
  return base
}

/** Writes the slots of the chunk's 16 days (layout above). */
function fillDays(c: Compiled, chunk: Chunk): void {
  if (c.table === emptyTable) c.table = emptyTable.slice()
  const table = c.table
  const bounds = chunk.bounds // ends with +Infinity
  for (let j = 0; j < CHUNK_DAYS; j++) {
    const day = chunk.index * CHUNK_DAYS + j
    const lo = chunk.dayFirst[j]! // the day's flips are bounds[lo … hi − 1]
    const hi = j + 1 < CHUNK_DAYS ? chunk.dayFirst[j + 1]! : bounds.length - 1
    const base = (day & TABLE_MASK) * STRIDE
    table[base] = day * 4 + (hi - lo > MAX_FLIPS ? 2 : 0) + ((chunk.parity + lo) & 1)
    // The day's flips, then bounds[hi] (the first later flip of the chunk, or the +Infinity sentinel) repeated.
    for (let k = 1; k < STRIDE; k++) table[base + k] = bounds[Math.min(lo + k - 1, hi)]!
  }
}

// ── Chunk scan: the hot path's fallback for busy days (more than MAX_FLIPS flips) and far-away changes ──────────
/** Index in `chunk.bounds` of the first boundary > ms (ms inside the chunk). */
function firstBoundAfter(chunk: Chunk, ms: number): number {
  const bounds = chunk.bounds
  // ms − start is in [0, CHUNK_MS), so the quotient is in [0, CHUNK_DAYS) and `| 0` truncates it exactly. The scan
  // passes the day's bounds ≤ ms and stops at the +Infinity sentinel at the latest.
  let i = chunk.dayFirst[((ms - chunk.start) / DAY) | 0]!
  while (bounds[i]! <= ms) i++
  return i
}

function isOpenByChunk(c: Compiled, ms: number): boolean {
  const chunk = chunkByIndex(c, chunkIndex(ms))
  // Open just before the chunk, then one flip per bound ≤ ms.
  return ((firstBoundAfter(chunk, ms) + chunk.parity) & 1) === 1
}

function nextChangeByChunk(c: Compiled, ms: number): Date | null {
  const index = chunkIndex(ms)
  const chunk = chunkByIndex(c, index)
  let next = chunk.bounds[firstBoundAfter(chunk, ms)]!
  const limit = ms + HORIZON_MS
  // No flip left in this chunk: the first flip of a following chunk, if one starts within the horizon.
  for (let k = index + 1; next === Infinity && k * CHUNK_MS <= limit; k++)
    next = chunkByIndex(c, k).bounds[0]!
  return next <= limit ? new Date(next) : null
}

/**
 * The exact UTC day of `ms`. Math.floor(ms / DAY) is exact for every valid Date: |ms| ≤ 8.64e15, so |day| ≤ 1e8 <
 * 2^27, and if ms < k · DAY then ms / DAY ≤ k − 1/DAY, with 1/DAY ≈ 1.16e-8 more than half an ulp of any |k| < 2^27
 * (≤ 2^-27 ≈ 7.5e-9): the correctly rounded quotient stays below k.
 */
function dayOf(ms: number): number {
  return Math.floor(ms / DAY)
}

/** isOpen when the hot path's guess of the day was off, the slot is not filled yet, or the day is busy. */
function isOpenSlow(c: Compiled, ms: number): boolean {
  const base = slotOf(c, dayOf(ms))
  const key = c.table[base]!
  if ((key & 2) !== 0) return isOpenByChunk(c, ms)
  return ((key ^ flipsPassed(c.table, base, ms)) & 1) === 1
}

/** nextChange when isOpenSlow's cases apply, or no flip is left in the chunk. */
function nextChangeSlow(c: Compiled, ms: number): Date | null {
  slotOf(c, dayOf(ms)) // so that the next call for this day takes the fast path
  return nextChangeByChunk(c, ms)
}

// ── Public API ─────────────────────────────────────────────────────────────────────────────────────────────────
// The hot functions are kept small so that V8 inlines them into the caller's loop; everything rare is a call.
//
// Their guess of the day, (ms · PER_DAY) | 0, is a multiply and a truncation instead of a division and a floor
// (~10 cycles of latency instead of ~30). It is the exact day except within a few ms of a day's edge (rounding)
// and before 1970 (truncation goes towards zero): the check ms ∈ [day · DAY, day · DAY + DAY) catches both (a
// well-predicted branch, off the answer's dependency chain), and the slow path uses the exact day.

/** docs/behaviour.md §4: is the schedule open at `at`? Intervals are half-open [start, end). */
export function isOpen(schedule: Schedule, at: Date): boolean {
  const ms = toMs(at, 'at')
  const c = compiled(schedule)
  if (c.constant !== VARIES) return c.constant === OPEN
  const day = (ms * PER_DAY) | 0
  const dayStart = day * DAY
  const table = c.table
  const base = (day & TABLE_MASK) * STRIDE
  // 0 or 1 (the parity) when the slot holds this day and the day is not busy.
  const x = table[base]! - day * 4
  if ((x !== 0 && x !== 1) || ms < dayStart || ms >= dayStart + DAY) return isOpenSlow(c, ms)
  return ((x ^ flipsPassed(table, base, ms)) & 1) === 1
}

/** docs/behaviour.md §4: the first instant > `at` where isOpen flips; null if none within 400 days. */
export function nextChange(schedule: Schedule, at: Date): Date | null {
  const ms = toMs(at, 'at')
  const c = compiled(schedule)
  if (c.constant !== VARIES) return null
  const day = (ms * PER_DAY) | 0
  const dayStart = day * DAY
  const table = c.table
  const base = (day & TABLE_MASK) * STRIDE
  const x = table[base]! - day * 4
  if ((x !== 0 && x !== 1) || ms < dayStart || ms >= dayStart + DAY) return nextChangeSlow(c, ms)
  // The first flip > ms: today's, or the first one of a later day in the chunk (< 16 days: within the horizon).
  const next = table[base + 1 + flipsPassed(table, base, ms)]!
  if (next === Infinity) return nextChangeSlow(c, ms)
  return new Date(next)
}

/** docs/behaviour.md §4: open intervals within [from, to): merged (touching ones too), sorted, clipped, half-open. */
export function openIntervals(schedule: Schedule, from: Date, to: Date): { start: Date; end: Date }[] {
  const a = toMs(from, 'from')
  const b = toMs(to, 'to')
  if (b <= a) return []
  const c = compiled(schedule)
  if (c.constant !== VARIES) return c.constant === OPEN ? [{ start: new Date(a), end: new Date(b) }] : []
  // The time here goes into allocating the result (two Dates — a C++ call each — and one object per interval);
  // the walk over the boundaries allocates nothing else.
  let chunk = chunkByIndex(c, chunkIndex(a))
  let bounds = chunk.bounds
  let i = firstBoundAfter(chunk, a)
  let open = ((i + chunk.parity) & 1) === 1
  let openedAt = a
  const out: { start: Date; end: Date }[] = []
  for (;;) {
    const x = bounds[i]!
    if (x === Infinity) {
      // End of this chunk; the next one starts in the state this one ends in.
      if (chunk.start + CHUNK_MS >= b) break
      chunk = chunkByIndex(c, chunk.index + 1)
      bounds = chunk.bounds
      i = 0
      continue
    }
    if (x >= b) break
    if (open) out.push({ start: new Date(openedAt), end: new Date(x) })
    else openedAt = x
    open = !open
    i++
  }
  if (open) out.push({ start: new Date(openedAt), end: new Date(b) })
  return out
}

function containsIn(list: Float64Array, ms: number): boolean {
  for (let i = 0; i < list.length; i += 2) {
    if (ms < list[i]!) return false // sorted by start: no later range can contain ms
    if (ms < list[i + 1]!) return true
  }
  return false
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
  nextChange: (schedule: Schedule, at: Date): Date | null =>
    nextChangeGeneral(compiled(schedule), toMs(at, 'at')),
  openIntervals: (schedule: Schedule, from: Date, to: Date): { start: Date; end: Date }[] =>
    openIntervalsGeneral(compiled(schedule), toMs(from, 'from'), toMs(to, 'to')),
}

/** For tests only: the boundary chunks and the day table behind the hot paths. */
export const chunksForTests = {
  CHUNK_MS,
  TABLE_DAYS,
  MAX_FLIPS,
  chunk: (schedule: Schedule, index: number): Chunk => chunkByIndex(compiled(schedule), index),
  /** isOpen and nextChange by the chunk scan alone (what the day table falls back to). */
  isOpenByChunk: (schedule: Schedule, at: Date): boolean => isOpenByChunk(compiled(schedule), toMs(at, 'at')),
  nextChangeByChunk: (schedule: Schedule, at: Date): Date | null =>
    nextChangeByChunk(compiled(schedule), toMs(at, 'at')),
}
