// docs/behaviour.md §6 › Historial de cambios — the ?history= window.
import { describe, expect, it } from 'vitest'
import { HISTORY_FIRST, HISTORY_MAX, historyLimit, nextHistoryLimit } from './history-window'

describe('historyLimit', () => {
  it('shows the latest three by default and for anything that is not a whole number', () => {
    for (const param of [undefined, '', 'abc', '-3', '2.5', '1e3', '12345', ' 7']) {
      expect(historyLimit(param)).toBe(HISTORY_FIRST)
    }
  })

  it('takes a whole number, kept between the default and the maximum (first value of a repeated param)', () => {
    expect(historyLimit('25')).toBe(25)
    expect(historyLimit('1')).toBe(HISTORY_FIRST)
    expect(historyLimit('9999')).toBe(HISTORY_MAX)
    expect(historyLimit(['45', '5'])).toBe(45)
  })
})

describe('nextHistoryLimit', () => {
  it('asks for the next multiple of 25, up to the maximum, then for nothing', () => {
    expect(nextHistoryLimit(HISTORY_FIRST)).toBe(25)
    expect(nextHistoryLimit(25)).toBe(50)
    expect(nextHistoryLimit(30)).toBe(50)
    expect(nextHistoryLimit(190)).toBe(HISTORY_MAX)
    expect(nextHistoryLimit(HISTORY_MAX)).toBeNull()
  })
})
