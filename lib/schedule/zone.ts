// docs/behaviour.md §4 — fast instant ↔ wall-clock conversion for one IANA zone.
//
// Asking Intl for the wall clock of an instant costs microseconds, far too slow for the hot path (routing evaluates
// schedules in loops). Instead each zone keeps a table of its UTC-offset transitions, read from the runtime's own
// time-zone data (Intl.DateTimeFormat) so it always agrees with what the browser/server would display.
//
// The table is built lazily in 16-day chunks of UTC time (16 Intl calls + ~17 per transition: ~0.05 ms; small so
// that a first evaluation in a new zone only samples the few weeks it needs). Chunks near the instants in use are kept in one contiguous sorted array (extended chunk by chunk in
// either direction), so a lookup is a range check plus a binary search over a handful of transitions. An instant
// far outside that range (say 1900 while evaluating 2026) gets a standalone chunk instead of forcing every year in
// between to be built.
import { civilFromDays, DAY_MS, daysFromCivil, daysOfLocalDate, MINUTE_MS, type LocalDate } from './time'

const CHUNK_MS = 16 * DAY_MS
/** Extend the contiguous table when a query falls this close to it; farther away, use standalone chunks. */
const MAX_EXTEND_MS = 20 * 365 * DAY_MS
/**
 * Offsets are sampled once a day and each change is pinned down by binary search to the second. Two transitions
 * less than a day apart that cancel each other out would be missed; no zone has had such a pair since the 19th
 * century, and schedules only care about current rules.
 */
const SAMPLE_MS = DAY_MS
/** Intl cannot format outside ±8.64e15 ms, and its year field has no era before year 1 (LMT there anyway). */
const MIN_INTL_MS = -62_135_596_800_000 // 0001-01-01T00:00:00Z
const MAX_INTL_MS = 8_640_000_000_000_000

type Chunk = {
  /** Offset (local − UTC, ms) in force at the chunk's first instant. */
  o0: number
  /** Instants (UTC ms) inside the chunk where the offset changes, ascending … */
  t: number[]
  /** … and the offset from each of those instants on. */
  o: number[]
}

export type Zone = {
  readonly name: string
  readonly dtf: Intl.DateTimeFormat
  /** Contiguous table: covers [lo, hi); offset `first` at lo, then `offs[i]` from `times[i]` on. */
  lo: number
  hi: number
  first: number
  times: number[]
  offs: number[]
  /** Standalone chunks for far-away instants, by chunk index. */
  readonly far: Map<number, Chunk>
}

const zones = new Map<string, Zone>()

/**
 * The cached table for a zone. Throws RangeError (from Intl) for a zone the runtime does not know. The cache is a
 * plain Map: it is bounded by the number of zone names Intl accepts, and a zone's table is a few KB at most.
 */
export function getZone(name: string): Zone {
  const cached = zones.get(name)
  if (cached !== undefined) return cached
  const dtf = new Intl.DateTimeFormat('en-US', {
    timeZone: name,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  })
  const zone: Zone = {
    name,
    dtf,
    lo: 0,
    hi: 0,
    first: 0,
    times: [],
    offs: [],
    far: new Map(),
  }
  zones.set(name, zone)
  return zone
}

const FORMAT_RE = /^(\d+)\/(\d+)\/(\d+),? (\d+):(\d+):(\d+)$/

/** The slow, authoritative path: offset at `ms` (whole seconds) straight from Intl. */
export function intlOffset(zone: Zone, ms: number): number {
  const at = Math.min(Math.max(Math.floor(ms / 1000) * 1000, MIN_INTL_MS), MAX_INTL_MS)
  const date = new Date(at)
  let year: number, month: number, day: number, hour: number, minute: number, second: number
  const m = FORMAT_RE.exec(zone.dtf.format(date))
  if (m !== null) {
    month = Number(m[1])
    day = Number(m[2])
    year = Number(m[3])
    hour = Number(m[4])
    minute = Number(m[5])
    second = Number(m[6])
  } else {
    // Unexpected rendering (another ICU build): fall back to the structured, slower API.
    const parts: Record<string, number> = {}
    for (const p of zone.dtf.formatToParts(date)) parts[p.type] = Number(p.value)
    year = parts.year ?? 1970
    month = parts.month ?? 1
    day = parts.day ?? 1
    hour = parts.hour ?? 0
    minute = parts.minute ?? 0
    second = parts.second ?? 0
  }
  const local =
    daysFromCivil(year, month, day) * DAY_MS + ((hour % 24) * 60 + minute) * 60_000 + second * 1000
  return local - at
}

/** First whole second in (lo, hi] whose offset differs from `from` (the offset at lo); hi must differ. */
function findChange(zone: Zone, lo: number, hi: number, from: number): number {
  let a = lo / 1000
  let b = hi / 1000
  while (b - a > 1) {
    const mid = Math.floor((a + b) / 2)
    if (intlOffset(zone, mid * 1000) === from) a = mid
    else b = mid
  }
  return b * 1000
}

function buildChunk(zone: Zone, index: number): Chunk {
  const start = index * CHUNK_MS
  const end = start + CHUNK_MS
  const o0 = intlOffset(zone, start)
  const t: number[] = []
  const o: number[] = []
  let prevAt = start
  let prevOffset = o0
  while (prevAt < end) {
    const next = Math.min(prevAt + SAMPLE_MS, end)
    const nextOffset = intlOffset(zone, next)
    // Follow every change between the two samples (there may be more than one).
    let at = prevAt
    let offset = prevOffset
    while (offset !== nextOffset) {
      const change = findChange(zone, at, next, offset)
      if (change >= end) break // belongs to the next chunk (its o0)
      offset = intlOffset(zone, change)
      t.push(change)
      o.push(offset)
      at = change
    }
    prevAt = next
    prevOffset = nextOffset
  }
  return { o0, t, o }
}

/**
 * Makes the contiguous table cover `ms` if it is within reach, extending it chunk by chunk. Returns false when
 * `ms` is too far away (then the standalone chunks serve it).
 */
function cover(zone: Zone, ms: number): boolean {
  if (ms >= zone.lo && ms < zone.hi) return true
  if (!Number.isFinite(ms)) return false
  const index = Math.floor(ms / CHUNK_MS)
  if (zone.lo === zone.hi) {
    const chunk = buildChunk(zone, index)
    zone.lo = index * CHUNK_MS
    zone.hi = zone.lo + CHUNK_MS
    zone.first = chunk.o0
    zone.times = chunk.t.slice()
    zone.offs = chunk.o.slice()
    return true
  }
  if (ms < zone.lo - MAX_EXTEND_MS || ms >= zone.hi + MAX_EXTEND_MS) return false
  while (ms < zone.lo) {
    const chunk = buildChunk(zone, Math.floor(zone.lo / CHUNK_MS) - 1)
    // A change exactly at the old lo shows up as a different offset there.
    const atOldLo = zone.first !== (chunk.o.length > 0 ? chunk.o[chunk.o.length - 1]! : chunk.o0)
    zone.times = [...chunk.t, ...(atOldLo ? [zone.lo] : []), ...zone.times]
    zone.offs = [...chunk.o, ...(atOldLo ? [zone.first] : []), ...zone.offs]
    zone.first = chunk.o0
    zone.lo -= CHUNK_MS
  }
  while (ms >= zone.hi) {
    const chunk = buildChunk(zone, Math.floor(zone.hi / CHUNK_MS))
    const last = zone.offs.length > 0 ? zone.offs[zone.offs.length - 1]! : zone.first
    if (chunk.o0 !== last) {
      zone.times.push(zone.hi)
      zone.offs.push(chunk.o0)
    }
    for (let i = 0; i < chunk.t.length; i++) {
      zone.times.push(chunk.t[i]!)
      zone.offs.push(chunk.o[i]!)
    }
    zone.hi += CHUNK_MS
  }
  return true
}

function farChunk(zone: Zone, index: number): Chunk {
  const cached = zone.far.get(index)
  if (cached !== undefined) return cached
  const chunk = buildChunk(zone, index)
  zone.far.set(index, chunk)
  return chunk
}

/** Number of transitions at or before `ms` in the contiguous table (binary search). */
function countAtOrBefore(times: number[], ms: number): number {
  let a = 0
  let b = times.length
  while (a < b) {
    const mid = (a + b) >> 1
    if (times[mid]! <= ms) a = mid + 1
    else b = mid
  }
  return a
}

/** UTC offset (local − UTC, in ms) in force at instant `ms`. */
export function offsetAt(zone: Zone, ms: number): number {
  if (cover(zone, ms)) {
    const k = countAtOrBefore(zone.times, ms)
    return k === 0 ? zone.first : zone.offs[k - 1]!
  }
  const index = Math.floor(ms / CHUNK_MS)
  const chunk = farChunk(zone, index)
  let offset = chunk.o0
  for (let i = 0; i < chunk.t.length && ms >= chunk.t[i]!; i++) offset = chunk.o[i]!
  return offset
}

// The segment (offset + where it ends) containing an instant, returned through module fields so that the wall-time
// resolution loop does not allocate.
let segOffset = 0
let segEnd = 0

function segmentAt(zone: Zone, ms: number): void {
  if (cover(zone, ms)) {
    const k = countAtOrBefore(zone.times, ms)
    segOffset = k === 0 ? zone.first : zone.offs[k - 1]!
    segEnd = k < zone.times.length ? zone.times[k]! : zone.hi
    return
  }
  const index = Math.floor(ms / CHUNK_MS)
  const chunk = farChunk(zone, index)
  segOffset = chunk.o0
  segEnd = (index + 1) * CHUNK_MS
  for (let i = 0; i < chunk.t.length; i++) {
    if (ms < chunk.t[i]!) {
      segEnd = chunk.t[i]!
      return
    }
    segOffset = chunk.o[i]!
  }
}

/**
 * docs/behaviour.md §4 wall-clock → instant. `local` is a wall time encoded as "ms since 1970-01-01T00:00 on the wall clock".
 * Returns the FIRST instant whose wall clock reads `local` or later:
 *  - a normal wall time → its only instant;
 *  - a repeated wall time (clocks go back) → its first occurrence;
 *  - a skipped wall time (clocks jump forward) → the instant of the jump.
 * This single rule is monotonic in `local`, so a range can never end before it starts and never re-opens on
 * the second pass of a repeated hour.
 *
 * Walks the offset segments forward from well before `local` (where every real offset, within ±14 h, puts the wall
 * clock behind `local`): in a segment with offset o the wall clock is t + o, so its first qualifying instant is
 * max(segmentStart, local − o) if that is still inside the segment.
 */
export function resolveWall(zone: Zone, local: number): number {
  let t = local - DAY_MS - 14 * 3_600_000
  for (let guard = 0; guard < 1000; guard++) {
    segmentAt(zone, t)
    const candidate = Math.max(t, local - segOffset)
    if (candidate < segEnd) return candidate
    t = segEnd
  }
  // Unreachable with real tz data (offsets are bounded); fail loudly rather than loop.
  throw new RangeError(`Cannot resolve wall time in ${zone.name}`)
}

// ── Instants ↔ local dates and wall-clock times, for everything outside the engine ─────────────────────────────────
// (preview, coverage warnings, labels). The same offset table and the same resolveWall rule as the engine, so a
// label can never disagree with what isOpen answers.

export type LocalTime = LocalDate & { hour: number; minute: number; second: number }

/** The wall clock of instant `ms` in `timeZone`. */
export function localTime(ms: number, timeZone: string): LocalTime {
  const local = ms + offsetAt(getZone(timeZone), ms)
  const days = Math.floor(local / DAY_MS)
  const inDay = local - days * DAY_MS
  return {
    ...civilFromDays(days),
    hour: Math.floor(inDay / 3_600_000),
    minute: Math.floor(inDay / MINUTE_MS) % 60,
    second: Math.floor(inDay / 1000) % 60,
  }
}

/** The local date of instant `at` in `timeZone`. */
export function localDateOf(at: Date | number, timeZone: string): LocalDate {
  const { year, month, day } = localTime(typeof at === 'number' ? at : at.getTime(), timeZone)
  return { year, month, day }
}

/**
 * The instant wall-clock `minutes` (0..1440) of local `date` refers to, by resolveWall's rule (docs/behaviour.md
 * §4): a skipped time → the instant the clocks jump, a repeated one → its first occurrence.
 */
export function wallToInstant(date: LocalDate, minutes: number, timeZone: string): number {
  return resolveWall(getZone(timeZone), daysOfLocalDate(date) * DAY_MS + minutes * MINUTE_MS)
}

/** The instant local date `date` begins: its 00:00, or the first instant after it on a day that skips midnight. */
export function dayStart(date: LocalDate, timeZone: string): number {
  return wallToInstant(date, 0, timeZone)
}
