import { describe, expect, it } from 'vitest'
import { coverage, type RoutingConfig } from '../routing'
import { sameEveryDay, emptyWeek } from '../schedule'
import { buildTimeline, timelineWindow } from './timeline'

const HOUR = 3_600_000
const config = (timeZone: string): RoutingConfig => ({
  business: { timeZone, weekly: sameEveryDay([{ start: '09:00', end: '18:00' }]), overrides: [] },
  assistant: null,
  priority: 'agents',
})

function timeline(timeZone: string, from: { year: number; month: number; day: number }, days = 3) {
  const window = timelineWindow(from, days, timeZone)
  const segments = coverage(config(timeZone), window.from, window.to, 1)
  return { segments, timeline: buildTimeline({ timeZone, from, days, rows: [{ key: 'online', segments }] }) }
}

describe('coverage map geometry (issue 7, docs/behaviour.md §4 wall-clock rules)', () => {
  it('draws an ordinary day as 24 h and days side by side with no gaps', () => {
    const { timeline: t } = timeline('America/Bogota', { year: 2026, month: 11, day: 23 }, 7)
    expect(t.days.map((d) => d.hours)).toEqual([24, 24, 24, 24, 24, 24, 24])
    expect(t.days[0]?.x).toBe(0)
    for (let i = 1; i < t.days.length; i++) {
      const prev = t.days[i - 1]!
      expect(t.days[i]!.x).toBeCloseTo(prev.x + prev.width, 12)
    }
    expect(t.days.map((d) => d.weekday)).toEqual(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'])
  })

  it('America/New_York 2026-03-08 is 23 h long and drawn narrower', () => {
    const { timeline: t } = timeline('America/New_York', { year: 2026, month: 3, day: 7 })
    expect(t.days.map((d) => d.hours)).toEqual([24, 23, 24])
    expect(t.days[1]!.width).toBeCloseTo(23 / 71, 12)
    expect(t.days[0]!.width).toBeCloseTo(24 / 71, 12)
    // 12:00 EDT on the short day is 11 elapsed hours after its midnight (02:00–03:00 does not exist).
    const noon = t.days[1]!.ticks.find((tick) => tick.label === '12:00')!
    expect(noon.x - t.days[1]!.x).toBeCloseTo(11 / 71, 12)
  })

  it('America/New_York 2026-11-01 is 25 h long', () => {
    const { timeline: t } = timeline('America/New_York', { year: 2026, month: 10, day: 31 })
    expect(t.days.map((d) => d.hours)).toEqual([24, 25, 24])
    expect(t.days[1]!.width).toBeCloseTo(25 / 73, 12)
    const six = t.days[1]!.ticks.find((tick) => tick.label === '06:00')!
    expect(six.x - t.days[1]!.x).toBeCloseTo(7 / 73, 12)
  })

  it('America/Santiago 2026-09-06 starts at 01:00 (DST at midnight) and lasts 23 h; 09:00 is still 09:00', () => {
    const { timeline: t, segments } = timeline('America/Santiago', { year: 2026, month: 9, day: 5 })
    const sunday = t.days[1]!
    expect(sunday.date).toBe('2026-09-06')
    expect(sunday.startsAt).toBe('01:00')
    expect(sunday.hours).toBe(23)
    expect(t.days[0]!.startsAt).toBe('00:00')
    // The 09:00–18:00 bar on that Sunday starts 8 elapsed hours after the day begins (01:00 → 09:00).
    const bar = t.rows[0]!.bars.find(
      (b) => b.responder === 'agents' && b.start >= sunday.start && b.start < sunday.end,
    )!
    expect(bar.x - sunday.x).toBeCloseTo((8 * HOUR) / (t.end - t.start), 12)
    expect(new Date(bar.start).toISOString()).toBe('2026-09-06T12:00:00.000Z')
    expect(segments.length).toBe(t.rows[0]!.bars.length)
  })

  it('one bar per coverage segment, in order, widths summing to the whole axis', () => {
    const { timeline: t, segments } = timeline('America/New_York', { year: 2026, month: 3, day: 7 })
    const bars = t.rows[0]!.bars
    expect(bars.map((b) => [b.start, b.end, b.responder])).toEqual(
      segments.map((s) => [s.start.getTime(), s.end.getTime(), s.responder]),
    )
    expect(bars.reduce((sum, b) => sum + b.width, 0)).toBeCloseTo(1, 12)
    expect(bars[0]!.x).toBe(0)
  })

  it('keeps a segment that crosses midnight as one bar', () => {
    const tz = 'America/Bogota'
    const night: RoutingConfig = {
      business: { timeZone: tz, weekly: sameEveryDay([{ start: '22:00', end: '06:00' }]), overrides: [] },
      assistant: null,
      priority: 'agents',
    }
    const from = { year: 2026, month: 11, day: 23 }
    const w = timelineWindow(from, 2, tz)
    const segments = coverage(night, w.from, w.to, 1)
    const t = buildTimeline({ timeZone: tz, from, days: 2, rows: [{ key: 'online', segments }] })
    const open = t.rows[0]!.bars.filter((b) => b.responder === 'agents')
    expect(open.map((b) => (b.end - b.start) / HOUR)).toEqual([6, 8, 2])
  })

  it('marks holidays / special dates and the current time', () => {
    const tz = 'America/Bogota'
    const from = { year: 2026, month: 12, day: 7 }
    const t = buildTimeline({
      timeZone: tz,
      from,
      days: 2,
      rows: [],
      now: new Date('2026-12-08T17:00:00Z'), // 12:00 in Bogotá on the 8th
      overrides: [
        { date: '2026-12-08', ranges: [], label: 'Inmaculada Concepción' },
        { date: '2026-12-24', ranges: [{ start: '08:00', end: '12:00' }] },
      ],
    })
    expect(t.days[0]!.override).toBeNull()
    expect(t.days[1]!.override).toEqual({ label: 'Inmaculada Concepción', closed: true })
    expect(t.now).toBeCloseTo(36 / 48, 12)
    const outside = buildTimeline({
      timeZone: tz,
      from,
      days: 1,
      rows: [],
      now: new Date('2027-01-01T00:00:00Z'),
    })
    expect(outside.now).toBeNull()
  })

  it('does not depend on the process time zone (an empty schedule is one closed bar)', () => {
    const tz = 'Europe/Madrid'
    const from = { year: 2026, month: 3, day: 29 } // DST starts at 02:00
    const w = timelineWindow(from, 1, tz)
    const closed: RoutingConfig = {
      business: { timeZone: tz, weekly: emptyWeek(), overrides: [] },
      assistant: null,
      priority: 'agents',
    }
    const t = buildTimeline({
      timeZone: tz,
      from,
      days: 1,
      rows: [{ key: 'x', segments: coverage(closed, w.from, w.to, 0) }],
    })
    expect(t.days[0]!.hours).toBe(23)
    expect(t.rows[0]!.bars).toHaveLength(1)
    expect(t.rows[0]!.bars[0]).toMatchObject({ responder: 'closed', x: 0, width: 1 })
  })
})
