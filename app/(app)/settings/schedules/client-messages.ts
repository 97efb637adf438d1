import type { MessagePath } from '@/i18n/pick-messages'

// The message namespaces the Horarios client components use (the editor, the department dialogs, the scope list).
// The change history is server-rendered (components/audit) and needs none; the version pages add their own.
export const SCHEDULES_CLIENT_MESSAGES = [
  'schedules.timeZone',
  'schedules.scopes',
  'schedules.page',
  'schedules.summary',
  'schedules.editor',
  'schedules.hours',
  'schedules.dates',
  'schedules.message',
  'schedules.assistant',
  'schedules.priority',
  'schedules.live',
  'schedules.save',
  'schedules.leave',
  'schedules.errors',
  'schedules.departments',
  'schedules.copyFrom',
] as const satisfies readonly MessagePath[]

/** A version page also restores (components/versions/restore-version-button.tsx). */
export const VERSION_CLIENT_MESSAGES = [
  ...SCHEDULES_CLIENT_MESSAGES,
  'schedules.versions',
] as const satisfies readonly MessagePath[]
