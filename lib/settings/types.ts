import type { MessageLanguage } from '../out-of-hours/phrases'
import type { Schedule } from '../schedule/types'
import type { Priority } from '../routing/priority'

export type { Priority }

// docs/behaviour.md §3 — one scope's own configuration as the editor and the data-access layer exchange it.
export type AssistantSettings = {
  name: string
  active: boolean
  /** null = always on (24/7); otherwise its own hours, evaluated in the scope's time zone. */
  schedule: Schedule | null
  /**
   * With own hours: the business hours' special dates (holidays) apply to the assistant too, so admins don't enter
   * them twice. Absent = false.
   */
  followsBusinessOverrides?: boolean
}

export type ScopeConfiguration = {
  business: Schedule
  outOfHoursMessage: string
  /** The language the message is written in (absent = es): its variables are rendered in it. */
  outOfHoursLanguage?: MessageLanguage
  /** Optional versions for customers writing in other languages (absent/blank = the main message). */
  outOfHoursTranslations?: Partial<Record<MessageLanguage, string>>
  priority: Priority
  assistant: AssistantSettings | null
}

export type ScopeSettings = {
  departmentId: string | null // null = General
  name: string
  usesGeneral: boolean // always false for General
  /**
   * `config` is the department's own configuration (saved with "Configuración propia" at least once), kept while it
   * uses General; false = it never had one and `config` is the copy of General it was created with. Always true
   * for General.
   */
  hasOwnConfig: boolean
  version: number
  updatedAt: Date
  updatedBy: string | null
  /** The scope's own configuration. For a department that uses General: its kept own one (or a copy of General, see hasOwnConfig). */
  config: ScopeConfiguration
}

/** What the Horarios editor edits for one scope (the form's values; ScopeSettingsSchema parses exactly this). */
export type ScopeFormValues = { usesGeneral: boolean; config: ScopeConfiguration }
