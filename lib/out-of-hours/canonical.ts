// The stored shape of the out-of-hours messages, apart from rendering so that lib/settings can use it without
// depending on the renderer.
import { MESSAGE_LANGUAGES, type MessageLanguage } from './phrases'

export type OutOfHoursMessages = {
  /** The main message: the fallback for every language without its own version. */
  outOfHoursMessage: string
  /** The language the main message is written in (absent = es). */
  outOfHoursLanguage?: MessageLanguage
  /** Versions in other languages (absent or blank = use the main message). */
  outOfHoursTranslations?: Partial<Record<MessageLanguage, string>>
}

export function mainLanguage(m: OutOfHoursMessages): MessageLanguage {
  return m.outOfHoursLanguage ?? 'es'
}

/**
 * The stored shape: the language only when it is not the default (es), the versions only the non-blank ones for
 * other languages than the main one. Saving and reading back agree on it, so a round trip compares equal.
 */
export function canonicalMessages(
  m: OutOfHoursMessages,
): Pick<OutOfHoursMessages, 'outOfHoursLanguage' | 'outOfHoursTranslations'> {
  const main = mainLanguage(m)
  const versions: Partial<Record<MessageLanguage, string>> = {}
  for (const language of MESSAGE_LANGUAGES) {
    const text = m.outOfHoursTranslations?.[language]
    if (language !== main && typeof text === 'string' && text.trim() !== '') versions[language] = text
  }
  return {
    ...(main === 'es' ? {} : { outOfHoursLanguage: main }),
    ...(Object.keys(versions).length > 0 ? { outOfHoursTranslations: versions } : {}),
  }
}
