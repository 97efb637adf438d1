export const LOCALES = ['es', 'en', 'pt-BR'] as const
export type AppLocale = (typeof LOCALES)[number]
export const DEFAULT_LOCALE: AppLocale = 'es'
export const LOCALE_COOKIE = 'NEXT_LOCALE'

export function isAppLocale(value: unknown): value is AppLocale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value)
}

/** One JSON file per namespace and locale (messages/<locale>/<namespace>.json) so features don't collide. */
export const NAMESPACES = ['common', 'auth', 'schedules', 'preview', 'agents', 'api', 'webhooks'] as const
