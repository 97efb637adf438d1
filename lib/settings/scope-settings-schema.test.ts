// docs/behaviour.md §4 / §5 / §6 — the Horarios form schema (shared by the form and the server action).
import { describe, expect, it } from 'vitest'
import { alwaysOpen, emptyWeek, sameEveryDay } from '../schedule/constructors'
import type { Schedule } from '../schedule/types'
import { isAlwaysOpen } from './always-open'
import {
  createScopeSettingsSchema,
  MAX_MESSAGE_LENGTH,
  ScopeSettingsSchema,
  toFormValues,
  type ScopeSettingsInput,
} from './scope-settings-schema'
import type { ScopeConfiguration } from './types'

const officeHours: Schedule = {
  timeZone: 'America/Bogota',
  weekly: {
    ...emptyWeek(),
    mon: [{ start: '08:00', end: '18:00' }],
    tue: [{ start: '22:00', end: '02:00' }],
  },
  overrides: [{ date: '2026-12-25', ranges: [], label: 'Navidad' }],
}

const config = (over: Partial<ScopeConfiguration> = {}): ScopeConfiguration => ({
  business: officeHours,
  outOfHoursMessage: 'Volvemos pronto',
  priority: 'assistant',
  assistant: null,
  ...over,
})

const input = (over: Partial<ScopeConfiguration> = {}, usesGeneral = false): ScopeSettingsInput =>
  toFormValues(usesGeneral, config(over))

function errorsOf(value: unknown): Record<string, string> {
  const result = ScopeSettingsSchema.safeParse(value)
  if (result.success) return {}
  return Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]))
}

describe('§6 out-of-hours message variables (issue 16 §2)', () => {
  it('refuses unknown placeholders with a field message naming them', () => {
    const errors = errorsOf(
      input({ outOfHoursMessage: 'Hola {cliente}, volvemos {proxima_apertura} {emprsa}' }),
    )
    expect(errors['config.outOfHoursMessage']).toBe(
      '{cliente}, {emprsa}: no es una variable conocida. Usa las del menú «Insertar variable».',
    )
    expect(
      errorsOf(
        input({
          outOfHoursMessage: 'Volvemos {proxima_apertura}. {empresa} · {horario_semana} · {horario_hoy}',
        }),
      ),
    ).toEqual({})
  })

  it('counts the length on the rendered worst case, not on the text as typed', () => {
    // 990 characters + {horario_semana} (16 typed) renders to "lun 8:00–18:00, mar 22:00–2:00" (30): too long.
    const long = 'x'.repeat(990) + '{horario_semana}'
    expect(Array.from(long).length).toBeLessThan(MAX_MESSAGE_LENGTH + 10)
    expect(errorsOf(input({ outOfHoursMessage: long }))['config.outOfHoursMessage']).toMatch(
      /1000 caracteres/,
    )
    // The same text with a shorter padding fits.
    expect(errorsOf(input({ outOfHoursMessage: 'x'.repeat(960) + '{horario_semana}' }))).toEqual({})
    // {empresa} is the organization's name when the schema knows it, else the longest allowed name (80).
    const withCompany = 'x'.repeat(980) + '{empresa}'
    expect(errorsOf(input({ outOfHoursMessage: withCompany }))).toHaveProperty(['config.outOfHoursMessage'])
    const known = createScopeSettingsSchema({}, { companyName: 'Tienda Aurora' })
    expect(known.safeParse(input({ outOfHoursMessage: withCompany })).success).toBe(true)
  })

  it('versions in other languages: checked in their own language, blank ones and the main language dropped', () => {
    const base = input({ outOfHoursMessage: 'Volvemos {proxima_apertura}' })
    const withVersions = (versions: Record<string, string>, language = 'es') => ({
      ...base,
      config: { ...base.config, outOfHoursLanguage: language, outOfHoursTranslations: versions },
    })
    expect(errorsOf(withVersions({ en: 'Back {next_opening}' }))).toEqual({
      'config.outOfHoursTranslations.en':
        '{next_opening}: no es una variable conocida. Usa las del menú «Insertar variable».',
    })
    expect(errorsOf(withVersions({ 'pt-BR': 'x'.repeat(1001) }))).toHaveProperty([
      'config.outOfHoursTranslations.pt-BR',
    ])
    const parsed = ScopeSettingsSchema.parse(
      withVersions({ es: 'stale', en: 'Back {proxima_apertura}', 'pt-BR': '  ' }, 'es'),
    )
    expect(parsed.config.outOfHoursTranslations).toEqual({ en: 'Back {proxima_apertura}' })
    expect(parsed.config).not.toHaveProperty('outOfHoursLanguage')
    const portuguese = ScopeSettingsSchema.parse(withVersions({ es: 'Volvemos' }, 'pt-BR'))
    expect(portuguese.config).toMatchObject({
      outOfHoursLanguage: 'pt-BR',
      outOfHoursTranslations: { es: 'Volvemos' },
    })
    expect(errorsOf(withVersions({}, 'fr'))).toHaveProperty(['config.outOfHoursLanguage'])
    expect(errorsOf(withVersions({ fr: 'Bonjour' }))).toHaveProperty(['config.outOfHoursTranslations'])
  })

  it('a variable that renders shorter never lets the typed text exceed the limit', () => {
    // {horario_hoy} is 13 typed characters but can render as "cerrado (Navidad)" (17) or "cerrado" (7).
    const typed = 'x'.repeat(995) + '{horario_hoy}'
    expect(errorsOf(input({ outOfHoursMessage: typed }))).toHaveProperty(['config.outOfHoursMessage'])
  })
})

describe('§6 out-of-hours message', () => {
  it('is required when business hours are not 24/7 (blank or whitespace)', () => {
    expect(errorsOf(input({ outOfHoursMessage: '' }))).toHaveProperty('config.outOfHoursMessage')
    expect(errorsOf(input({ outOfHoursMessage: ' \n\t ' }))['config.outOfHoursMessage']).toMatch(
      /obligatorio/,
    )
  })

  it('is optional when the business hours are 24/7 (incl. 24/7 made of overnight ranges)', () => {
    expect(errorsOf(input({ outOfHoursMessage: '', business: alwaysOpen('America/Bogota') }))).toEqual({})
    const touching: Schedule = {
      timeZone: 'UTC',
      weekly: sameEveryDay([
        { start: '00:00', end: '12:00' },
        { start: '12:00', end: '24:00' },
      ]),
      overrides: [],
    }
    expect(isAlwaysOpen(touching)).toBe(true)
    const viaMidnight: Schedule = {
      timeZone: 'UTC',
      weekly: sameEveryDay([
        { start: '06:00', end: '06:30' },
        { start: '06:30', end: '06:00' },
      ]),
      overrides: [],
    }
    expect(isAlwaysOpen(viaMidnight)).toBe(true)
  })

  it('a closed holiday or a gap makes it not 24/7, so the message is required again', () => {
    const withHoliday: Schedule = { ...alwaysOpen('UTC'), overrides: [{ date: '2026-12-25', ranges: [] }] }
    expect(isAlwaysOpen(withHoliday)).toBe(false)
    expect(errorsOf(input({ outOfHoursMessage: '', business: withHoliday }))).toHaveProperty(
      'config.outOfHoursMessage',
    )
    const gap: Schedule = {
      timeZone: 'UTC',
      weekly: {
        ...sameEveryDay([{ start: '00:00', end: '24:00' }]),
        sun: [{ start: '00:00', end: '23:59' }],
      },
      overrides: [],
    }
    expect(isAlwaysOpen(gap)).toBe(false)
  })

  it(`accepts exactly ${MAX_MESSAGE_LENGTH} characters (code points) and rejects one more`, () => {
    expect(errorsOf(input({ outOfHoursMessage: 'a'.repeat(MAX_MESSAGE_LENGTH) }))).toEqual({})
    // Emoji are one character each, as PostgreSQL's length() counts them.
    expect(errorsOf(input({ outOfHoursMessage: '😀'.repeat(MAX_MESSAGE_LENGTH) }))).toEqual({})
    expect(
      errorsOf(input({ outOfHoursMessage: 'a'.repeat(MAX_MESSAGE_LENGTH + 1) }))['config.outOfHoursMessage'],
    ).toMatch(/1000/)
  })

  it('rejects NUL characters (PostgreSQL text cannot store them)', () => {
    expect(errorsOf(input({ outOfHoursMessage: 'hola\u0000' }))).toHaveProperty('config.outOfHoursMessage')
  })
})

describe('§5 priority', () => {
  it('accepts exactly agents and assistant', () => {
    expect(errorsOf(input({ priority: 'agents' }))).toEqual({})
    expect(errorsOf(input({ priority: 'assistant' }))).toEqual({})
    for (const bad of ['Agents', 'humans', '', null, 1]) {
      expect(errorsOf({ ...input(), config: { ...input().config, priority: bad } })).toHaveProperty(
        'config.priority',
      )
    }
  })
})

describe('§3 assistant shapes', () => {
  it('accepts none, always-on, and own hours; own hours take the scope time zone', () => {
    expect(errorsOf(input({ assistant: null }))).toEqual({})
    expect(errorsOf(input({ assistant: { name: 'Aurora', active: true, schedule: null } }))).toEqual({})
    const own = {
      timeZone: 'Europe/Madrid',
      weekly: { ...emptyWeek(), mon: [{ start: '07:00', end: '22:00' }] },
      overrides: [],
    }
    const parsed = ScopeSettingsSchema.parse(
      input({ assistant: { name: '  Aurora ', active: false, schedule: own } }),
    )
    expect(parsed.config.assistant).toEqual({
      name: 'Aurora',
      active: false,
      followsBusinessOverrides: false,
      schedule: { ...own, timeZone: 'America/Bogota' },
    })
  })

  it('carries "follows the business special dates" (issue 16 §4): a boolean, absent = off', () => {
    const own = { timeZone: 'America/Bogota', weekly: emptyWeek(), overrides: [] }
    const on = ScopeSettingsSchema.parse(
      input({ assistant: { name: 'A', active: true, schedule: own, followsBusinessOverrides: true } }),
    )
    expect(on.config.assistant?.followsBusinessOverrides).toBe(true)
    const withoutFlag = input({ assistant: { name: 'A', active: true, schedule: own } })
    delete (withoutFlag.config.assistant as { followsBusinessOverrides?: boolean }).followsBusinessOverrides
    const absent = ScopeSettingsSchema.parse(withoutFlag)
    expect(absent.config.assistant?.followsBusinessOverrides).toBeUndefined()
    const bad = input({ assistant: { name: 'A', active: true, schedule: own } })
    expect(
      errorsOf({
        ...bad,
        config: {
          ...bad.config,
          assistant: { name: 'A', active: true, schedule: own, followsBusinessOverrides: 'yes' },
        },
      } as never),
    ).toHaveProperty(['config.assistant.followsBusinessOverrides'])
  })

  it('needs a name (1–80 characters) and a boolean active flag', () => {
    expect(errorsOf(input({ assistant: { name: '   ', active: true, schedule: null } }))).toHaveProperty(
      'config.assistant.name',
    )
    expect(
      errorsOf(input({ assistant: { name: 'x'.repeat(81), active: true, schedule: null } })),
    ).toHaveProperty('config.assistant.name')
    const bad = input({ assistant: { name: 'A', active: true, schedule: null } })
    expect(
      errorsOf({
        ...bad,
        config: { ...bad.config, assistant: { name: 'A', active: 'yes', schedule: null } },
      }),
    ).toHaveProperty('config.assistant.active')
  })

  it("validates the assistant's own hours with the same rules as business hours, at their exact path", () => {
    const overlapping = {
      timeZone: 'UTC',
      weekly: {
        ...emptyWeek(),
        fri: [
          { start: '09:00', end: '12:00' },
          { start: '11:00', end: '13:00' },
        ],
      },
      overrides: [],
    }
    expect(errorsOf(input({ assistant: { name: 'A', active: true, schedule: overlapping } }))).toHaveProperty(
      'config.assistant.schedule.weekly.fri.1.start',
    )
  })
})

describe('§4 §7 payload shape', () => {
  it('reports schedule errors at the exact day / range path', () => {
    const value = input()
    value.config.business.weekly.wed = [{ start: '9:00', end: '10:00' }]
    value.config.business.weekly.thu = [{ start: '10:00', end: '10:00' }]
    const errors = errorsOf(value)
    expect(errors).toHaveProperty(['config.business.weekly.wed.0.start'])
    expect(errors).toHaveProperty(['config.business.weekly.thu.0.end'])
  })

  it('rejects unknown keys anywhere (organizationId, version…) instead of passing them on', () => {
    expect(errorsOf({ ...input(), organizationId: 'org_x' })).toHaveProperty([''])
    expect(errorsOf({ ...input(), config: { ...input().config, version: 3 } })).toHaveProperty(['config'])
    expect(Object.keys(errorsOf(null))).toEqual([''])
  })

  it('shows every problem in one round (message rule runs even when a time is invalid)', () => {
    const value = input({ outOfHoursMessage: '' })
    value.config.business.weekly.mon = [{ start: 'xx', end: '10:00' }]
    const errors = errorsOf(value)
    expect(errors).toHaveProperty(['config.business.weekly.mon.0.start'])
    expect(errors).toHaveProperty(['config.outOfHoursMessage'])
  })

  it('builds the same rules with other texts (i18n)', () => {
    const english = createScopeSettingsSchema({ message_required: () => 'Write the message' })
    const result = english.safeParse(input({ outOfHoursMessage: '' }))
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]?.message).toBe('Write the message')
  })
})
