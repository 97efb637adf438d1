'use server'

import { cookies } from 'next/headers'
import { LOCALE_COOKIE, isAppLocale } from '@/i18n/config'

export async function setLocaleAction(locale: unknown): Promise<{ ok: boolean }> {
  if (!isAppLocale(locale)) return { ok: false }
  ;(await cookies()).set(LOCALE_COOKIE, locale, { path: '/', sameSite: 'lax', maxAge: 60 * 60 * 24 * 365 })
  return { ok: true }
}
