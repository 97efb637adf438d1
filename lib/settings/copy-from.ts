// Issue 16 item 3 — "Copiar de…": a department's editor takes chosen sections of another scope's configuration
// (another department or General) into its form. Only the form changes; nothing is stored until the admin saves.
import type { ScopeConfiguration } from './types'
import { toFormValues } from './scope-settings-values'

/** The sections an admin can copy, in the editor's order. */
export const COPY_SECTIONS = ['hours', 'specialDates', 'message', 'assistant', 'priority'] as const
export type CopySection = (typeof COPY_SECTIONS)[number]

export function isCopySection(value: unknown): value is CopySection {
  return typeof value === 'string' && (COPY_SECTIONS as readonly string[]).includes(value)
}

/**
 * The form's configuration with `sections` replaced by the source's, everything else untouched.
 *
 * The time zone is never copied: it belongs to the department (where its people work), so copied hours, special
 * dates and assistant hours keep their wall-clock times and are read in the department's own zone (times of day are
 * wall-clock minutes beside a zone, docs/behaviour.md §4 › Model). The source is deep-copied (through toFormValues,
 * which also fills the form-only defaults such as empty labels and message versions), so the form never shares it.
 */
export function copySections(
  target: ScopeConfiguration,
  source: ScopeConfiguration,
  sections: readonly CopySection[],
): ScopeConfiguration {
  const from = toFormValues(false, source).config
  const chosen = new Set(sections)
  const timeZone = target.business.timeZone
  return {
    ...target,
    business: {
      timeZone,
      weekly: chosen.has('hours') ? from.business.weekly : target.business.weekly,
      overrides: chosen.has('specialDates') ? from.business.overrides : target.business.overrides,
    },
    ...(chosen.has('message') && {
      outOfHoursMessage: from.outOfHoursMessage,
      outOfHoursLanguage: from.outOfHoursLanguage,
      outOfHoursTranslations: from.outOfHoursTranslations,
    }),
    ...(chosen.has('priority') && { priority: from.priority }),
    ...(chosen.has('assistant') && {
      // A source without an assistant copies that absence: the form's assistant goes (the dialog says so first).
      assistant: from.assistant && {
        ...from.assistant,
        schedule: from.assistant.schedule && { ...from.assistant.schedule, timeZone },
      },
    }),
  }
}

/** What the confirmation names before overwriting: the chosen sections in order, and whether an assistant is removed. */
export function describeCopy(
  target: ScopeConfiguration,
  source: ScopeConfiguration,
  sections: readonly CopySection[],
): { sections: CopySection[]; removesAssistant: boolean } {
  const ordered = COPY_SECTIONS.filter((section) => sections.includes(section))
  return {
    sections: ordered,
    removesAssistant: ordered.includes('assistant') && source.assistant === null && target.assistant !== null,
  }
}
