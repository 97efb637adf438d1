import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { LOCALES } from '@/i18n/config'
import {
  ACTION_ERRORS,
  ACTION_ERROR_MESSAGE,
  PLUMBING_FIELD_ERRORS,
  actionErrorMessageKey,
  plumbingFieldErrorKey,
} from './action-errors'

// Issue 12 (remaining item 5): no failure code reaches a person raw — every action error and every field-error code
// the plumbing gives (invalidCharacters) has a message in es, en and pt-BR.
function common(locale: string): Record<string, unknown> {
  const file = path.join(import.meta.dirname, '../../messages', locale, 'common.json')
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>
}

function lookup(messages: Record<string, unknown>, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages)
}

describe.each(LOCALES)('action error messages (%s)', (locale) => {
  const messages = common(locale)

  it('every action error code has a non-empty message', () => {
    const missing = ACTION_ERRORS.filter((code) => {
      const text = lookup(messages, ACTION_ERROR_MESSAGE[code])
      return typeof text !== 'string' || text.trim() === ''
    })
    expect(missing).toEqual([])
  })

  it('every plumbing field-error code has a non-empty message', () => {
    const missing = PLUMBING_FIELD_ERRORS.filter((code) => {
      const text = lookup(messages, plumbingFieldErrorKey(code)!)
      return typeof text !== 'string' || text.trim() === ''
    })
    expect(missing).toEqual([])
  })

  it('an unknown code falls back to a message that exists', () => {
    expect(typeof lookup(messages, actionErrorMessageKey('something_new'))).toBe('string')
  })
})

describe('field-error codes', () => {
  it('invalidCharacters is a plumbing code; a form’s own code is not', () => {
    expect(plumbingFieldErrorKey('invalidCharacters')).toBe('fieldErrors.invalidCharacters')
    expect(plumbingFieldErrorKey('nameRequired')).toBeNull()
  })
})
