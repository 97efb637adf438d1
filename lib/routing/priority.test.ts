// docs/behaviour.md §5 — the priority values, their default and the check every reader of stored data uses.
import { describe, expect, it } from 'vitest'
import { DEFAULT_PRIORITY, isPriority, PRIORITIES } from './priority'

describe('priority', () => {
  it('defaults to Asistente Inteligente first, one of the two priorities', () => {
    expect(DEFAULT_PRIORITY).toBe('assistant')
    expect(PRIORITIES).toContain(DEFAULT_PRIORITY)
  })

  it('accepts exactly the two stored values', () => {
    expect(PRIORITIES.filter(isPriority)).toEqual(['agents', 'assistant'])
    for (const value of ['Agents', 'ASSISTANT', 'queue', 'closed', '', null, undefined, 1, {}]) {
      expect(isPriority(value)).toBe(false)
    }
  })
})
