import { getRequestConfig } from 'next-intl/server'
import { cookies } from 'next/headers'
import { DEFAULT_LOCALE, LOCALE_COOKIE, NAMESPACES, isAppLocale, type AppLocale } from './config'

// Spanish is the product's default whatever the browser says; a user picks another language explicitly
// (stored in a cookie), because admins often run English-language browsers while working in Spanish.
export default getRequestConfig(async () => {
  const cookieLocale = (await cookies()).get(LOCALE_COOKIE)?.value
  const locale: AppLocale = isAppLocale(cookieLocale) ? cookieLocale : DEFAULT_LOCALE
  const entries = await Promise.all(
    NAMESPACES.map(async (ns) => [ns, (await import(`../messages/${locale}/${ns}.json`)).default] as const),
  )
  return { locale, messages: Object.fromEntries(entries), timeZone: 'UTC' }
})
