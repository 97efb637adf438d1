// Issue 16 §2 — optional versions of the out-of-hours message per language, with a fallback: a customer writing in
// a language gets that language's version when there is one, else the main message, in the main message's language.
import { mainLanguage, type OutOfHoursMessages } from './canonical'
import type { MessageLanguage } from './phrases'

export { canonicalMessages, mainLanguage, type OutOfHoursMessages } from './canonical'
import { renderMessage, type MessageScope } from './render'

/** Which text a customer writing in `language` receives, and the language it is written in. */
export function pickMessage(
  m: OutOfHoursMessages,
  language: MessageLanguage | null,
): { template: string; language: MessageLanguage } {
  const main = mainLanguage(m)
  if (language !== null && language !== main) {
    const own = m.outOfHoursTranslations?.[language]
    if (own !== undefined && own.trim() !== '') return { template: own, language }
  }
  return { template: m.outOfHoursMessage, language: main }
}

/** The out-of-hours message as a customer writing in `language` receives it at `at`. */
export function outOfHoursText(
  m: OutOfHoursMessages,
  scope: MessageScope,
  at: Date,
  language: MessageLanguage | null,
): { text: string; language: MessageLanguage } {
  const picked = pickMessage(m, language)
  return {
    text: renderMessage(picked.template, { ...scope, at, language: picked.language }),
    language: picked.language,
  }
}
