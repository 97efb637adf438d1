'use server'
// docs/behaviour.md §6 / §7 — saving a scope's Horarios and previewing a country's public holidays.
//
// saveScheduleAction: authorize (organization ALWAYS from the session) → parse the payload with the same schema
// the form uses → saveScopeSettings (one transaction, version check, audit row) → a small typed result. A staff
// member or a signed-out caller gets a refusal before anything is read; a department id of another organization
// is simply not found (the DAL filters by the session's organization).
import { cookies } from 'next/headers'
import { createTranslator } from 'next-intl'
import Holidays from 'date-holidays'
import { z } from 'zod'
import { DEFAULT_LOCALE, LOCALE_COOKIE, isAppLocale, type AppLocale } from '@/i18n/config'
import { saveScopeSettings } from '@/db/queries'
import { authorize, isAuthFailure } from '@/server/session'
import { fieldErrors, type ActionResult } from './action-result'
import { createScopeSettingsSchema, ScopeSettingsSchema } from '@/lib/settings/scope-settings-schema'
import { scopeSettingsMessages } from '@/lib/settings/messages'
import type { ScopeConfiguration } from '@/lib/settings/types'
import {
  isHolidayCountry,
  MAX_HOLIDAY_YEAR,
  MIN_HOLIDAY_YEAR,
  type HolidayPreview,
} from '@/lib/settings/holiday-countries'
import esSchedules from '@/messages/es/schedules.json'
import enSchedules from '@/messages/en/schedules.json'
import ptSchedules from '@/messages/pt-BR/schedules.json'

const MESSAGES: Record<AppLocale, typeof esSchedules> = {
  es: esSchedules,
  en: enSchedules,
  'pt-BR': ptSchedules,
}

async function requestLocale(): Promise<AppLocale> {
  try {
    const value = (await cookies()).get(LOCALE_COOKIE)?.value
    return isAppLocale(value) ? value : DEFAULT_LOCALE
  } catch {
    return DEFAULT_LOCALE
  }
}

// Per language and organization name ({empresa} counts as the organization's name in the message's length).
const schemas = new Map<string, typeof ScopeSettingsSchema>()
const MAX_CACHED_SCHEMAS = 200
function schemaFor(locale: AppLocale, companyName: string): typeof ScopeSettingsSchema {
  const key = `${locale}\u0000${companyName}`
  let schema = schemas.get(key)
  if (!schema) {
    const t = createTranslator({
      locale,
      messages: { schedules: MESSAGES[locale] },
      namespace: 'schedules.errors',
    })
    schema = createScopeSettingsSchema(
      scopeSettingsMessages((key, values) => t(key as never, values as never)),
      { companyName },
    )
    if (schemas.size >= MAX_CACHED_SCHEMAS) schemas.clear()
    schemas.set(key, schema)
  }
  return schema
}

/** Which scope and which version the edit started from. Ids are opaque (seeded slugs or UUIDs). */
const TargetSchema = z.strictObject({
  departmentId: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,128}$/)
    .nullable(),
  expectedVersion: z.number().int().min(1).max(2_147_483_647),
})
export type SaveTarget = z.input<typeof TargetSchema>

/** What a successful save answers: the scope exactly as stored (normalised, overrides by date), for the form's reset. */
export type SavedScope = {
  version: number
  updatedAt: string
  usesGeneral: boolean
  config: ScopeConfiguration
}

export async function saveScheduleAction(
  target: unknown,
  values: unknown,
): Promise<ActionResult<SavedScope>> {
  const viewer = await authorize({ settings: ['update'] })
  if (isAuthFailure(viewer)) return viewer
  const parsedTarget = TargetSchema.safeParse(target)
  if (!parsedTarget.success) return { ok: false, error: 'invalid', fieldErrors: { _form: 'invalid target' } }
  const parsed = schemaFor(await requestLocale(), viewer.organizationName).safeParse(values)
  if (!parsed.success) return { ok: false, error: 'invalid', fieldErrors: fieldErrors(parsed.error) }

  const { departmentId, expectedVersion } = parsedTarget.data
  const result = await saveScopeSettings(
    viewer.organizationId,
    departmentId,
    { expectedVersion, usesGeneral: parsed.data.usesGeneral, config: parsed.data.config },
    { userId: viewer.userId, name: viewer.name },
  )
  if (!result.ok) return { ok: false, error: result.reason }
  const { version, updatedAt, usesGeneral, config } = result
  return { ok: true, data: { version, updatedAt: updatedAt.toISOString(), usesGeneral, config } }
}

const HolidayRequestSchema = z.strictObject({
  country: z.string().refine(isHolidayCountry),
  year: z.number().int().min(MIN_HOLIDAY_YEAR).max(MAX_HOLIDAY_YEAR),
})

const HOLIDAY_LANGUAGE: Record<AppLocale, string> = { es: 'es', en: 'en', 'pt-BR': 'pt' }

/**
 * A country's public holidays in a year, for the import preview ([{date, name}], by date; two holidays on one date
 * become one entry). Runs on the server so the holiday data (large) never reaches the browser.
 */
export async function previewHolidaysAction(
  country: unknown,
  year: unknown,
): Promise<ActionResult<HolidayPreview[]>> {
  const viewer = await authorize({ settings: ['update'] })
  if (isAuthFailure(viewer)) return viewer
  const parsed = HolidayRequestSchema.safeParse({ country, year })
  if (!parsed.success) return { ok: false, error: 'invalid', fieldErrors: fieldErrors(parsed.error) }
  const locale = await requestLocale()
  const calendar = new Holidays(parsed.data.country, { languages: [HOLIDAY_LANGUAGE[locale], 'en'] })
  const byDate = new Map<string, string>()
  for (const holiday of calendar.getHolidays(parsed.data.year) || []) {
    if (holiday.type !== 'public') continue
    const date = holiday.date.slice(0, 10)
    const name = byDate.get(date)
    byDate.set(date, name ? `${name} / ${holiday.name}` : holiday.name)
  }
  const list = [...byDate.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([date, name]) => ({ date, name }))
  return { ok: true, data: list }
}
