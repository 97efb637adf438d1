import { ClientMessages } from '@/components/i18n/client-messages'

// The preview, and the staff reply card's time zone picker.
export default function Layout({ children }: { children: React.ReactNode }) {
  return <ClientMessages paths={['preview', 'schedules.timeZone']}>{children}</ClientMessages>
}
