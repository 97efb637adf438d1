import { openIntervals } from '../schedule/engine'
import type { Schedule } from '../schedule/types'

// A per-schedule accelerator for decide(): the schedule's merged open intervals over a window of time, as a
// flat sorted array of edges, so isOpen and nextChange become one binary search each instead of a walk over
// local days (up to 400 of them for a schedule that rarely changes). It is built from lib/schedule's
// openIntervals, so results are exactly the engine's (timeline.test.ts checks this).
//
// Keyed by the schedule object like the engine's own compile cache (same contract: schedules are immutable
// values; replacing timeZone/weekly/overrides on the same object is detected and rebuilds).

const DAY_MS = 86_400_000
const HORIZON_MS = 400 * DAY_MS
/** A first query builds a small window (cheap for one-off calls: ~a week of openIntervals). */
const INITIAL_BEFORE_MS = DAY_MS
const INITIAL_AFTER_MS = 8 * DAY_MS
/** Queries outside the window grow it geometrically up to this span, then restart around the instant. */
const MAX_SPAN_MS = 3 * 366 * DAY_MS

type Timeline = {
  readonly timeZone: string
  readonly weekly: Schedule['weekly']
  readonly overrides: Schedule['overrides']
  /** Covered window [from, to). */
  readonly from: number
  readonly to: number
  /** [start0, end0, start1, end1, …] of the merged open intervals clipped to the window. */
  readonly edges: Float64Array
}

const timelines = new WeakMap<Schedule, Timeline>()

function build(schedule: Schedule, from: number, to: number): Timeline {
  const intervals = openIntervals(schedule, new Date(from), new Date(to))
  const edges = new Float64Array(intervals.length * 2)
  for (let k = 0; k < intervals.length; k++) {
    const interval = intervals[k]
    if (interval === undefined) continue
    edges[2 * k] = interval.start.getTime()
    edges[2 * k + 1] = interval.end.getTime()
  }
  return {
    timeZone: schedule.timeZone,
    weekly: schedule.weekly,
    overrides: schedule.overrides,
    from,
    to,
    edges,
  }
}

/** The schedule's timeline, rebuilt if needed so that its window covers [lo, hi]. */
function timelineCovering(schedule: Schedule, lo: number, hi: number): Timeline {
  const cached = timelines.get(schedule)
  const valid =
    cached !== undefined &&
    cached.timeZone === schedule.timeZone &&
    cached.weekly === schedule.weekly &&
    cached.overrides === schedule.overrides
  if (valid && cached.from <= lo && hi < cached.to) return cached
  let from = lo - INITIAL_BEFORE_MS
  let to = hi + INITIAL_AFTER_MS
  if (valid) {
    // Grow the missing side by at least the current span, so scans over a long range settle after a few
    // rebuilds instead of rebuilding on every query.
    const span = cached.to - cached.from
    const grownFrom = lo < cached.from ? Math.min(from, lo - span) : cached.from
    const grownTo = hi >= cached.to ? Math.max(to, hi + span) : cached.to
    if (grownTo - grownFrom <= MAX_SPAN_MS) {
      from = grownFrom
      to = grownTo
    }
  }
  const fresh = build(schedule, from, to)
  timelines.set(schedule, fresh)
  return fresh
}

/** Number of edges ≤ t: odd ⇔ t is inside an open interval (half-open, start included, end excluded). */
function rank(edges: Float64Array, t: number): number {
  let lo = 0
  let hi = edges.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if ((edges[mid] ?? Infinity) <= t) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** Same as lib/schedule isOpen. */
export function openAt(schedule: Schedule, at: Date): boolean {
  const t = at.getTime()
  return (rank(timelineCovering(schedule, t, t).edges, t) & 1) === 1
}

/** Same as lib/schedule nextChange: the first flip > at, null if none within 400 days (inclusive). */
export function changeAfter(schedule: Schedule, at: Date): Date | null {
  const t = at.getTime()
  let timeline = timelineCovering(schedule, t, t)
  let edge = timeline.edges[rank(timeline.edges, t)]
  // An edge at the window end may be a clipping artefact; any edge before it is a real flip because the
  // intervals are merged. With none before the end, widen the window past the horizon and look again: then
  // the window end (and any artefact there) lies beyond the horizon.
  if ((edge === undefined || edge >= timeline.to) && timeline.to <= t + HORIZON_MS) {
    timeline = timelineCovering(schedule, t, t + HORIZON_MS)
    edge = timeline.edges[rank(timeline.edges, t)]
  }
  return edge === undefined || edge - t > HORIZON_MS ? null : new Date(edge)
}
