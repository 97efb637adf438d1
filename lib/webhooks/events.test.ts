import { describe, expect, it } from 'vitest'
import { answerChanged, changedSections, routingChangedPayload } from './events'
import { DEFAULT_RETRY_SCHEDULE, isSuccessStatus, minimumRetrySpanMs, retryDelayMs } from './delivery-policy'

describe('routing.changed payload', () => {
  it('carries the previous answer, the new decision and the exact instant', () => {
    const payload = routingChangedPayload(
      { departmentId: null, name: 'General' },
      { responder: 'agents', reason: 'agents_first' },
      {
        responder: 'closed',
        reason: 'outside_business_hours',
        businessOpen: false,
        assistantOn: false,
        until: new Date('2026-12-02T14:00:00Z'),
        nextOpening: new Date('2026-12-02T14:00:00Z'),
      },
      new Date('2026-12-01T23:00:00Z'),
      new Date('2026-12-01T23:00:00.350Z'),
    )
    expect(payload).toEqual({
      type: 'routing.changed',
      timestamp: '2026-12-01T23:00:00.350Z',
      data: {
        scope: { departmentId: null, name: 'General' },
        previous: { responder: 'agents', reason: 'agents_first' },
        responder: 'closed',
        reason: 'outside_business_hours',
        until: '2026-12-02T14:00:00.000Z',
        nextOpening: '2026-12-02T14:00:00.000Z',
        effectiveAt: '2026-12-01T23:00:00.000Z',
      },
    })
  })
  it('counts a change of reason alone as a change', () => {
    expect(
      answerChanged(
        { responder: 'assistant', reason: 'assistant_first' },
        { responder: 'assistant', reason: 'no_agents_online' },
      ),
    ).toBe(true)
    expect(
      answerChanged(
        { responder: 'queue', reason: 'no_agents_online' },
        { responder: 'queue', reason: 'no_agents_online' },
      ),
    ).toBe(false)
  })
})

describe('settings.updated sections', () => {
  it('groups audit fields into sections, in a stable order, once each', () => {
    expect(
      changedSections([
        'assistant.name',
        'business.weekly.monday',
        'business.overrides',
        'usesGeneral',
        'priority',
      ]),
    ).toEqual(['inheritance', 'business_hours', 'priority', 'assistant'])
    expect(changedSections([])).toEqual([])
  })
})

describe('delivery policy', () => {
  it('keeps retrying for at least 24 hours even with the shortest jitter', () => {
    expect(minimumRetrySpanMs(DEFAULT_RETRY_SCHEDULE)).toBeGreaterThanOrEqual(24 * 3600_000)
    expect(minimumRetrySpanMs({ ...DEFAULT_RETRY_SCHEDULE, maxAttempts: 14 })).toBeLessThan(24 * 3600_000)
  })
  it('doubles the wait after each failure, capped, with bounded jitter, and stops after the last attempt', () => {
    const s = DEFAULT_RETRY_SCHEDULE
    expect([1, 2, 3, 4].map((made) => retryDelayMs(s, made, 0.5))).toEqual([10_000, 20_000, 40_000, 80_000])
    expect(retryDelayMs(s, 15, 0.5)).toBe(6 * 3600_000)
    expect(retryDelayMs(s, 1, 0)).toBe(9_000)
    expect(retryDelayMs(s, 1, 0.999_999)).toBe(11_000)
    expect(retryDelayMs(s, 16, 0.5)).toBeNull()
  })
  it('treats only 2xx as success', () => {
    expect([199, 200, 204, 299, 300, 302, 404, 500].map(isSuccessStatus)).toEqual([
      false,
      true,
      true,
      true,
      false,
      false,
      false,
      false,
    ])
  })
})
