import 'server-only'
// The editor's scope-settings schema (lib/settings) with its messages in a given language, built once per language
// and organization name ({empresa} counts as the organization's name in the message's length). The save server
// action and the API's PUT …/settings both parse with it: one set of rules, one set of messages.
import { createTranslator } from 'next-intl'
import type { AppLocale } from '@/i18n/config'
import { createScopeSettingsSchema, ScopeSettingsSchema } from '@/lib/settings/scope-settings-schema'
import { scopeSettingsMessages } from '@/lib/settings/messages'
import esSchedules from '@/messages/es/schedules.json'
import enSchedules from '@/messages/en/schedules.json'
import ptSchedules from '@/messages/pt-BR/schedules.json'

const MESSAGES: Record<AppLocale, typeof esSchedules> = {
  es: esSchedules,
  en: enSchedules,
  'pt-BR': ptSchedules,
}

const schemas = new Map<string, typeof ScopeSettingsSchema>()
const MAX_CACHED_SCHEMAS = 200

export function scopeSettingsSchemaFor(locale: AppLocale, companyName: string): typeof ScopeSettingsSchema {
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
