// docs/behaviour.md §4 — DST table. Every expected instant below was worked out by hand from the transitions this runtime's
// tz data reports (the "tz data" tests at the bottom pin those transitions, so a tzdata change that would
// invalidate the table fails loudly instead of silently). Rule applied (docs/behaviour.md §4): a wall time resolves to the
// FIRST instant whose wall clock reads it or later — a skipped time → the instant of the jump, a repeated time →
// its first occurrence; each wall time is resolved on its own date; "24:00" is 00:00 of the next date.
import { describe, expect, it } from 'vitest'
import {
  emptyWeek,
  isOpen,
  nextChange,
  openIntervals,
  type Schedule,
  type TimeRange,
  type Weekday,
} from './index'

type Case = {
  name: string
  timeZone: string
  weekly: Partial<Record<Weekday, TimeRange[]>>
  overrides?: Schedule['overrides']
  /** Window [from, to) in UTC; chosen to hold only the ranges under test. */
  window: [string, string]
  /** Exact open intervals in the window, UTC. */
  expected: [string, string][]
  /** Extra point checks: [instant, open?]. */
  points?: [string, boolean][]
}

const r = (start: string, end: string): TimeRange => ({ start, end })
const Z = (s: string) => new Date(s.endsWith('Z') ? s : `${s}Z`)

const cases: Case[] = [
  // ── America/New_York: EST −05 / EDT −04. Spring 2026-03-08 (Sun) at 07:00Z: 01:59:59 EST → 03:00 EDT, so
  //    02:00–02:59 does not exist. Fall 2026-11-01 (Sun) at 06:00Z: 01:59:59 EDT → 01:00 EST, 01:00–01:59 twice.
  {
    name: '§4 DST gap: NY 01:00–02:30 on spring-forward day closes at 03:00 EDT (the jump)',
    timeZone: 'America/New_York',
    weekly: { sun: [r('01:00', '02:30')] },
    window: ['2026-03-07T12:00', '2026-03-09T12:00'],
    // 01:00 EST = 06:00Z; 02:30 is skipped → the jump instant 07:00Z (= 03:00 EDT).
    expected: [['2026-03-08T06:00', '2026-03-08T07:00']],
    points: [
      ['2026-03-08T06:59:59.999', true],
      ['2026-03-08T07:00', false],
    ],
  },
  {
    name: '§4 DST gap: NY 02:15–02:45 lies wholly in the gap → never open',
    timeZone: 'America/New_York',
    weekly: { sun: [r('02:15', '02:45')] },
    window: ['2026-03-07T12:00', '2026-03-09T12:00'],
    // Both ends resolve to the jump instant 07:00Z → empty.
    expected: [],
    points: [
      ['2026-03-08T07:00', false],
      ['2026-03-08T07:30', false],
    ],
  },
  {
    name: '§4 DST gap: NY 02:30–04:00 opens at the jump (03:00 EDT)',
    timeZone: 'America/New_York',
    weekly: { sun: [r('02:30', '04:00')] },
    window: ['2026-03-07T12:00', '2026-03-09T12:00'],
    // 02:30 skipped → 07:00Z; 04:00 EDT = 08:00Z.
    expected: [['2026-03-08T07:00', '2026-03-08T08:00']],
  },
  {
    name: '§4 DST gap: NY overnight Sat 22:00–03:00 across spring-forward: 5 h of wall clock, 4 h real',
    timeZone: 'America/New_York',
    weekly: { sat: [r('22:00', '03:00')] },
    window: ['2026-03-07T12:00', '2026-03-09T12:00'],
    // Sat 22:00 EST = Sun 03:00Z; Sun 03:00 EDT = 07:00Z (03:00 exists: it is the first wall time after the jump).
    expected: [['2026-03-08T03:00', '2026-03-08T07:00']],
  },
  {
    name: '§4 DST repeated hour: NY 01:00–01:30 on fall-back day is open on the first pass only',
    timeZone: 'America/New_York',
    weekly: { sun: [r('01:00', '01:30')] },
    window: ['2026-10-31T12:00', '2026-11-02T12:00'],
    // 01:00 EDT = 05:00Z, 01:30 EDT = 05:30Z. The second pass (01:00–01:30 EST = 06:00Z–06:30Z) stays closed.
    expected: [['2026-11-01T05:00', '2026-11-01T05:30']],
    points: [['2026-11-01T06:15', false]],
  },
  {
    name: '§4 DST repeated hour: NY 00:00–01:30 does not re-open on the second pass',
    timeZone: 'America/New_York',
    weekly: { sun: [r('00:00', '01:30')] },
    window: ['2026-10-31T12:00', '2026-11-02T12:00'],
    // 00:00 EDT = 04:00Z; 01:30 first occurrence = 05:30Z.
    expected: [['2026-11-01T04:00', '2026-11-01T05:30']],
    points: [
      ['2026-11-01T06:00', false],
      ['2026-11-01T06:29', false],
    ],
  },
  {
    name: '§4 DST repeated hour: NY 01:30–02:00 runs through the repeated half hour (1.5 h real)',
    timeZone: 'America/New_York',
    weekly: { sun: [r('01:30', '02:00')] },
    window: ['2026-10-31T12:00', '2026-11-02T12:00'],
    // 01:30 EDT = 05:30Z; 02:00 occurs once, as EST = 07:00Z.
    expected: [['2026-11-01T05:30', '2026-11-01T07:00']],
  },
  {
    name: '§4 DST repeated hour: NY overnight Sat 22:00–02:00 across fall-back lasts 5 h real',
    timeZone: 'America/New_York',
    weekly: { sat: [r('22:00', '02:00')] },
    window: ['2026-10-31T12:00', '2026-11-02T12:00'],
    // Sat 22:00 EDT = Sun 02:00Z; Sun 02:00 EST = 07:00Z.
    expected: [['2026-11-01T02:00', '2026-11-01T07:00']],
  },
  // ── Europe/London: GMT +00 / BST +01. Spring 2026-03-29 at 01:00Z: 00:59:59 GMT → 02:00 BST (01:00–01:59 skipped).
  //    Fall 2026-10-25 at 01:00Z: 01:59:59 BST → 01:00 GMT (01:00–01:59 twice).
  {
    name: '§4 DST gap: London 00:30–01:30 closes at the jump (01:00Z = 02:00 BST)',
    timeZone: 'Europe/London',
    weekly: { sun: [r('00:30', '01:30')] },
    window: ['2026-03-28T12:00', '2026-03-30T12:00'],
    expected: [['2026-03-29T00:30', '2026-03-29T01:00']],
  },
  {
    name: '§4 DST gap: London 01:00–02:00 is empty (01:00 skipped → jump; 02:00 BST = the jump)',
    timeZone: 'Europe/London',
    weekly: { sun: [r('01:00', '02:00')] },
    window: ['2026-03-28T12:00', '2026-03-30T12:00'],
    expected: [],
  },
  {
    name: '§4 DST gap: London 01:00–03:00 opens at the jump',
    timeZone: 'Europe/London',
    weekly: { sun: [r('01:00', '03:00')] },
    window: ['2026-03-28T12:00', '2026-03-30T12:00'],
    // 01:00 skipped → 01:00Z; 03:00 BST = 02:00Z.
    expected: [['2026-03-29T01:00', '2026-03-29T02:00']],
  },
  {
    name: '§4 DST repeated hour: London 01:00–02:00 on fall-back day spans both passes (2 h real)',
    timeZone: 'Europe/London',
    weekly: { sun: [r('01:00', '02:00')] },
    window: ['2026-10-24T12:00', '2026-10-26T12:00'],
    // 01:00 BST (first) = 00:00Z; 02:00 GMT = 02:00Z.
    expected: [['2026-10-25T00:00', '2026-10-25T02:00']],
  },
  {
    name: '§4 DST repeated hour: London overnight Sat 23:00–01:30 ends at the first 01:30',
    timeZone: 'Europe/London',
    weekly: { sat: [r('23:00', '01:30')] },
    window: ['2026-10-24T12:00', '2026-10-26T12:00'],
    // Sat 23:00 BST = 22:00Z; Sun 01:30 BST = 00:30Z. Second pass 01:30 GMT (01:30Z) is not reopened.
    expected: [['2026-10-24T22:00', '2026-10-25T00:30']],
    points: [['2026-10-25T01:15', false]],
  },
  // ── America/Santiago: −04 / −03 (DST). DST starts 2026-09-06 at 04:00Z: the clock goes from Sat 09-05 23:59:59
  //    −04 to Sun 09-06 01:00 −03 (the rule's "24:00 → 01:00"): Sunday 00:00–00:59 does not exist, Sunday starts at
  //    01:00. DST ends 2026-04-05 at 03:00Z: the clock goes from Sat 04-04 23:59:59 −03 (i.e. what would be
  //    Sun 04-05 00:00 −03, "24:00") back to Sat 04-04 23:00 −04, so Saturday 23:00–23:59 happens twice and
  //    Sunday 04-05 00:00 first occurs at 04:00Z (−04).
  {
    name: '§4 DST gap: Santiago Sunday 09:00 is still 09:00 on DST-start day (not midnight + 9 h)',
    timeZone: 'America/Santiago',
    weekly: { sun: [r('09:00', '18:00')] },
    window: ['2026-09-05T12:00', '2026-09-07T12:00'],
    // 09:00 −03 = 12:00Z, 18:00 −03 = 21:00Z. ("Midnight" resolves to 04:00Z; + 9 h would wrongly give 13:00Z.)
    expected: [['2026-09-06T12:00', '2026-09-06T21:00']],
  },
  {
    name: '§4 DST gap: Santiago Sat 22:00–24:00 + Sun 00:00–02:00 merge across the midnight gap',
    timeZone: 'America/Santiago',
    weekly: { sat: [r('22:00', '24:00')], sun: [r('00:00', '02:00')] },
    window: ['2026-09-05T12:00', '2026-09-07T12:00'],
    // Sat 22:00 −04 = Sun 02:00Z; "24:00" = Sun 00:00, skipped → jump 04:00Z; Sun 00:00 → 04:00Z too (touch →
    // merge); Sun 02:00 −03 = 05:00Z.
    expected: [['2026-09-06T02:00', '2026-09-06T05:00']],
    points: [['2026-09-06T04:00', true]],
  },
  {
    name: '§4 DST gap: Santiago 24:00 end on the night DST starts = the jump instant',
    timeZone: 'America/Santiago',
    weekly: { sat: [r('22:00', '24:00')] },
    window: ['2026-09-05T12:00', '2026-09-07T12:00'],
    expected: [['2026-09-06T02:00', '2026-09-06T04:00']],
  },
  {
    name: '§4 DST gap: Santiago 00:15–00:45 on DST-start Sunday lies wholly in the gap → never open',
    timeZone: 'America/Santiago',
    weekly: { sun: [r('00:15', '00:45')] },
    window: ['2026-09-05T12:00', '2026-09-07T12:00'],
    expected: [],
  },
  {
    name: '§4 DST gap: Santiago overnight Sat 23:00–01:30 across the midnight jump',
    timeZone: 'America/Santiago',
    weekly: { sat: [r('23:00', '01:30')] },
    window: ['2026-09-05T12:00', '2026-09-07T12:00'],
    // Sat 23:00 −04 = Sun 03:00Z; Sun 01:30 −03 = 04:30Z.
    expected: [['2026-09-06T03:00', '2026-09-06T04:30']],
  },
  {
    name: '§4 DST repeated hour: Santiago Sat 23:00–23:30 on DST-end night is open on the first pass only',
    timeZone: 'America/Santiago',
    weekly: { sat: [r('23:00', '23:30')] },
    window: ['2026-04-04T12:00', '2026-04-06T12:00'],
    // 23:00 −03 = 02:00Z, 23:30 −03 = 02:30Z; the second pass 23:00–23:30 −04 = 03:00Z–03:30Z stays closed.
    expected: [['2026-04-05T02:00', '2026-04-05T02:30']],
    points: [['2026-04-05T03:15', false]],
  },
  {
    name: '§4 DST repeated hour: Santiago Sat 23:00–24:00 on DST-end night runs through both passes',
    timeZone: 'America/Santiago',
    weekly: { sat: [r('23:00', '24:00')] },
    window: ['2026-04-04T12:00', '2026-04-06T12:00'],
    // 23:00 −03 = 02:00Z; 24:00 = Sun 04-05 00:00, whose first occurrence is 00:00 −04 = 04:00Z.
    expected: [['2026-04-05T02:00', '2026-04-05T04:00']],
  },
  {
    name: '§4 DST repeated hour: Santiago overnight Sat 20:00–00:30 across DST end',
    timeZone: 'America/Santiago',
    weekly: { sat: [r('20:00', '00:30')] },
    window: ['2026-04-04T12:00', '2026-04-06T12:00'],
    // Sat 20:00 −03 = 23:00Z; Sun 00:30 −04 = 04:30Z.
    expected: [['2026-04-04T23:00', '2026-04-05T04:30']],
  },
  {
    name: '§4 DST repeated hour: Santiago Sunday 00:00–01:00 after DST end is plain −04',
    timeZone: 'America/Santiago',
    weekly: { sun: [r('00:00', '01:00')] },
    window: ['2026-04-04T12:00', '2026-04-06T12:00'],
    expected: [['2026-04-05T04:00', '2026-04-05T05:00']],
  },
  // ── America/Havana: −05 / −04, transitions at midnight. Spring 2026-03-08 at 05:00Z: Sat 03-07 23:59:59 −05 →
  //    Sun 03-08 01:00 −04 (Sunday 00:00–00:59 skipped). Fall 2026-11-01 at 05:00Z: Sun 00:59:59 −04 → 00:00 −05
  //    (Sunday 00:00–00:59 twice: 04:00Z–05:00Z, then 05:00Z–06:00Z).
  {
    name: '§4 DST gap: Havana Sat 18:00–24:00 + Sun 00:00–08:00 merge across the midnight gap',
    timeZone: 'America/Havana',
    weekly: { sat: [r('18:00', '24:00')], sun: [r('00:00', '08:00')] },
    window: ['2026-03-07T12:00', '2026-03-09T12:00'],
    // Sat 18:00 −05 = 23:00Z; 24:00 and Sun 00:00 are skipped → both 05:00Z; Sun 08:00 −04 = 12:00Z.
    expected: [['2026-03-07T23:00', '2026-03-08T12:00']],
  },
  {
    name: '§4 DST gap: Havana Sunday 00:00–00:30 on spring-forward day is never open',
    timeZone: 'America/Havana',
    weekly: { sun: [r('00:00', '00:30')] },
    window: ['2026-03-07T12:00', '2026-03-09T12:00'],
    expected: [],
  },
  {
    name: '§4 DST repeated hour: Havana Sunday 00:00–00:30 on fall-back day, first pass only',
    timeZone: 'America/Havana',
    weekly: { sun: [r('00:00', '00:30')] },
    window: ['2026-10-31T12:00', '2026-11-02T12:00'],
    // 00:00 −04 = 04:00Z, 00:30 −04 = 04:30Z; second pass 05:00Z–05:30Z closed.
    expected: [['2026-11-01T04:00', '2026-11-01T04:30']],
    points: [['2026-11-01T05:10', false]],
  },
  {
    name: '§4 DST repeated hour: Havana Sat 22:00–24:00 ends at the first Sunday 00:00',
    timeZone: 'America/Havana',
    weekly: { sat: [r('22:00', '24:00')] },
    window: ['2026-10-31T12:00', '2026-11-02T12:00'],
    // Sat 22:00 −04 = Sun 02:00Z; "24:00" = Sun 00:00 first occurrence = 04:00Z.
    expected: [['2026-11-01T02:00', '2026-11-01T04:00']],
    points: [['2026-11-01T05:00', false]],
  },
  {
    name: '§4 DST repeated hour: Havana Sunday 00:00–09:00 on fall-back day lasts 10 h real',
    timeZone: 'America/Havana',
    weekly: { sun: [r('00:00', '09:00')] },
    window: ['2026-10-31T12:00', '2026-11-02T12:00'],
    // 00:00 −04 = 04:00Z; 09:00 −05 = 14:00Z.
    expected: [['2026-11-01T04:00', '2026-11-01T14:00']],
  },
  // ── America/Asuncion: permanent −03 since October 2024 (tzdata 2024b); no gap where the old rules had one.
  {
    name: '§4 DST: Asuncion has no transition on the old October date (2026-10-04) — permanent −03',
    timeZone: 'America/Asuncion',
    weekly: { sun: [r('00:00', '01:00')] },
    window: ['2026-10-03T12:00', '2026-10-05T12:00'],
    expected: [['2026-10-04T03:00', '2026-10-04T04:00']],
  },
  {
    name: '§4 DST: Asuncion has no transition on the old March date (2026-03-22) — permanent −03',
    timeZone: 'America/Asuncion',
    weekly: { sat: [r('23:00', '01:00')] },
    window: ['2026-03-21T12:00', '2026-03-23T12:00'],
    // Sat 23:00 −03 = Sun 02:00Z; Sun 01:00 −03 = 04:00Z (2 h; under the old rules it would have been 3 h).
    expected: [['2026-03-22T02:00', '2026-03-22T04:00']],
  },
  // ── America/Bogota: −05 all year, no DST.
  {
    name: '§4 overnight: Bogota Fri 22:00–06:00 (constant −05)',
    timeZone: 'America/Bogota',
    weekly: { fri: [r('22:00', '06:00')] },
    window: ['2026-07-03T00:00', '2026-07-05T00:00'],
    expected: [['2026-07-04T03:00', '2026-07-04T11:00']],
  },
  {
    name: '§4 touching ranges merge: Bogota Mon 18:00–24:00 + Tue 00:00–06:00 is one interval',
    timeZone: 'America/Bogota',
    weekly: { mon: [r('18:00', '24:00')], tue: [r('00:00', '06:00')] },
    window: ['2026-07-06T00:00', '2026-07-08T00:00'],
    expected: [['2026-07-06T23:00', '2026-07-07T11:00']],
    points: [['2026-07-07T05:00', true]],
  },
  {
    name: '§4 override: Bogota closed date keeps the previous night running to its end',
    timeZone: 'America/Bogota',
    weekly: { mon: [r('22:00', '02:00')], tue: [r('08:00', '12:00')] },
    overrides: [{ date: '2026-07-07', ranges: [], label: 'Festivo' }],
    window: ['2026-07-06T00:00', '2026-07-09T00:00'],
    // Mon 22:00 −05 = Tue 03:00Z → Tue 02:00 = 07:00Z; Tuesday's own 08:00–12:00 is replaced (closed).
    expected: [['2026-07-07T03:00', '2026-07-07T07:00']],
  },
  {
    name: '§4 override: a date with its own hours replaces the weekday ranges that start that date',
    timeZone: 'America/Bogota',
    weekly: { tue: [r('08:00', '12:00')] },
    overrides: [{ date: '2026-07-07', ranges: [r('10:00', '11:00'), r('23:00', '01:00')] }],
    window: ['2026-07-06T00:00', '2026-07-09T00:00'],
    expected: [
      ['2026-07-07T15:00', '2026-07-07T16:00'],
      ['2026-07-08T04:00', '2026-07-08T06:00'],
    ],
  },
  {
    name: '§4 DST gap: an override on NY spring-forward day resolves wall times on that date',
    timeZone: 'America/New_York',
    weekly: {},
    overrides: [{ date: '2026-03-08', ranges: [r('02:00', '03:30')] }],
    window: ['2026-03-07T12:00', '2026-03-09T12:00'],
    // 02:00 skipped → jump 07:00Z; 03:30 EDT = 07:30Z.
    expected: [['2026-03-08T07:00', '2026-03-08T07:30']],
  },
]

function scheduleOf(c: Case): Schedule {
  return { timeZone: c.timeZone, weekly: { ...emptyWeek(), ...c.weekly }, overrides: c.overrides ?? [] }
}

describe('§4 DST table', () => {
  for (const c of cases) {
    it(c.name, () => {
      const schedule = scheduleOf(c)
      const from = Z(c.window[0])
      const to = Z(c.window[1])
      const got = openIntervals(schedule, from, to).map((i) => [i.start.toISOString(), i.end.toISOString()])
      expect(got).toEqual(c.expected.map(([s, e]) => [Z(s).toISOString(), Z(e).toISOString()]))

      // Boundaries agree with isOpen (half-open) and nextChange walks exactly through them.
      let cursor = from
      expect(isOpen(schedule, from)).toBe(false)
      for (const [s, e] of c.expected) {
        const start = Z(s)
        const end = Z(e)
        expect(nextChange(schedule, cursor)).toEqual(start)
        expect(isOpen(schedule, new Date(start.getTime() - 1))).toBe(false)
        expect(isOpen(schedule, start)).toBe(true)
        expect(isOpen(schedule, new Date(end.getTime() - 1))).toBe(true)
        expect(isOpen(schedule, end)).toBe(false)
        expect(nextChange(schedule, start)).toEqual(end)
        cursor = end
      }
      // The next change after the last one is outside the window (next week, or never).
      const after = nextChange(schedule, cursor)
      expect(after === null || after.getTime() >= to.getTime()).toBe(true)
      for (const [at, open] of c.points ?? []) expect(isOpen(schedule, Z(at)), at).toBe(open)
    })
  }
})

describe('§4 tz data this table relies on (from Intl, not from the engine)', () => {
  const wall = (timeZone: string, at: string) =>
    new Intl.DateTimeFormat('en-CA', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    }).format(Z(at))
  const transitions: [string, string, string, string][] = [
    // zone, instant of the change, wall clock 1 s before, wall clock at the change
    ['America/New_York', '2026-03-08T07:00', '2026-03-08, 01:59:59', '2026-03-08, 03:00:00'],
    ['America/New_York', '2026-11-01T06:00', '2026-11-01, 01:59:59', '2026-11-01, 01:00:00'],
    ['Europe/London', '2026-03-29T01:00', '2026-03-29, 00:59:59', '2026-03-29, 02:00:00'],
    ['Europe/London', '2026-10-25T01:00', '2026-10-25, 01:59:59', '2026-10-25, 01:00:00'],
    ['America/Santiago', '2026-09-06T04:00', '2026-09-05, 23:59:59', '2026-09-06, 01:00:00'],
    ['America/Santiago', '2026-04-05T03:00', '2026-04-04, 23:59:59', '2026-04-04, 23:00:00'],
    ['America/Havana', '2026-03-08T05:00', '2026-03-07, 23:59:59', '2026-03-08, 01:00:00'],
    ['America/Havana', '2026-11-01T05:00', '2026-11-01, 00:59:59', '2026-11-01, 00:00:00'],
    // Asuncion: no change on the old rule dates (first Sunday of October, fourth Sunday of March).
    ['America/Asuncion', '2026-10-04T04:00', '2026-10-04, 00:59:59', '2026-10-04, 01:00:00'],
    ['America/Asuncion', '2026-03-22T03:00', '2026-03-21, 23:59:59', '2026-03-22, 00:00:00'],
  ]
  for (const [zone, at, before, after] of transitions) {
    it(`§4 ${zone} at ${at}Z: ${before} → ${after}`, () => {
      expect(wall(zone, new Date(Z(at).getTime() - 1000).toISOString())).toBe(before)
      expect(wall(zone, at)).toBe(after)
    })
  }
})
