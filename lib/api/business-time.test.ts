// Issue 26 item 6 — which schedule the business-time endpoints follow (docs/behaviour.md §4.1, §9).
import { describe, expect, it } from 'vitest'
import { businessTimeAdd, businessTimeBetween, businessTimeSchedule } from './business-time'
import { sameEveryDay } from '../schedule/constructors'
import type { RoutingConfig } from '../routing/types'
import type { Schedule } from '../schedule/types'

const H = 3_600_000
const business: Schedule = {
  timeZone: 'UTC',
  weekly: sameEveryDay([{ start: '09:00', end: '17:00' }]),
  overrides: [{ date: '2026-12-08', ranges: [] }],
}
const own: Schedule = {
  timeZone: 'UTC',
  weekly: sameEveryDay([{ start: '07:00', end: '22:00' }]),
  overrides: [],
}
const config = (assistant: RoutingConfig['assistant']): RoutingConfig => ({
  business,
  assistant,
  priority: 'agents',
})
const day = (date: string) => [new Date(`${date}T00:00:00Z`), new Date(`${date}T23:59:00Z`)] as const

describe('businessTimeSchedule (§4.1)', () => {
  it('business is the business hours; assistant is null without an assistant', () => {
    expect(businessTimeSchedule(config(null), 'business')).toBe(business)
    expect(businessTimeSchedule(config(null), 'assistant')).toBeNull()
  })

  it("the assistant's own hours, with the business special dates only when it follows them", () => {
    const [from, to] = day('2026-12-08')
    const ownOnly = businessTimeSchedule(config({ active: true, schedule: own }), 'assistant')!
    expect(businessTimeBetween(ownOnly, from, to).businessMinutes).toBe(15 * 60)
    const following = businessTimeSchedule(
      config({ active: true, schedule: own, followsBusinessOverrides: true }),
      'assistant',
    )!
    expect(businessTimeBetween(following, from, to).businessMinutes).toBe(0)
  })

  it('24/7 without own hours; never while switched off', () => {
    const [from, to] = day('2026-12-07')
    const always = businessTimeSchedule(config({ active: true, schedule: null }), 'assistant')!
    expect(businessTimeBetween(always, from, to)).toEqual({ businessMinutes: 1439, businessSeconds: 86_340 })
    const off = businessTimeSchedule(config({ active: false, schedule: own }), 'assistant')!
    expect(businessTimeBetween(off, from, to).businessMinutes).toBe(0)
    expect(businessTimeAdd(off, from, 0, new Date(from.getTime() + 400 * 24 * H))).toBeNull()
  })

  it('truncates towards zero without a negative zero', () => {
    const a = new Date('2026-12-07T10:00:00Z')
    const b = new Date(a.getTime() + 59_999)
    expect(Object.is(businessTimeBetween(business, b, a).businessMinutes, 0)).toBe(true)
    expect(businessTimeBetween(business, b, a).businessSeconds).toBe(-59)
  })
})
