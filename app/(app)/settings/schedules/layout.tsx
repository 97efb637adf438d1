import { ClientMessages } from '@/components/i18n/client-messages'

// The editor, the department dialogs and the version pages use the schedules messages — all but the change history's,
// which the server renders (components/audit).
const SCHEDULES_CLIENT_MESSAGES = [
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
  'schedules.versions',
] as const

export default function Layout({ children }: { children: React.ReactNode }) {
  return <ClientMessages paths={SCHEDULES_CLIENT_MESSAGES}>{children}</ClientMessages>
}
