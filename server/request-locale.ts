import 'server-only'
import { cookies } from 'next/headers'
import { DEFAULT_LOCALE, LOCALE_COOKIE, isAppLocale, type AppLocale } from '@/i18n/config'

/** The request's UI language (the locale cookie; Spanish by default or outside a request). */
export async function requestLocale(): Promise<AppLocale> {
  try {
    const value = (await cookies()).get(LOCALE_COOKIE)?.value
    return isAppLocale(value) ? value : DEFAULT_LOCALE
  } catch {
    return DEFAULT_LOCALE
  }
}
