import { ClientMessages } from '@/components/i18n/client-messages'

// The editor, the department dialogs and the version pages use the schedules messages.
export default function Layout({ children }: { children: React.ReactNode }) {
  return <ClientMessages paths={['schedules']}>{children}</ClientMessages>
}
