// Countries whose public holidays the Horarios editor can import (docs/behaviour.md §6), via calendar.ts on the
// server. Names are shown with Intl.DisplayNames in the viewer's language.
export const HOLIDAY_COUNTRIES = [
  'AR',
  'BO',
  'BR',
  'CA',
  'CL',
  'CO',
  'CR',
  'DO',
  'EC',
  'ES',
  'GT',
  'HN',
  'MX',
  'NI',
  'PA',
  'PE',
  'PR',
  'PT',
  'PY',
  'SV',
  'US',
  'UY',
  'VE',
] as const
export type HolidayCountry = (typeof HOLIDAY_COUNTRIES)[number]

export function isHolidayCountry(value: unknown): value is HolidayCountry {
  return typeof value === 'string' && (HOLIDAY_COUNTRIES as readonly string[]).includes(value)
}

export const MIN_HOLIDAY_YEAR = 2000
export const MAX_HOLIDAY_YEAR = 2100

export type HolidayPreview = { date: string; name: string }
