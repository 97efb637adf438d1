import { ClientMessages } from '@/components/i18n/client-messages'

// The agents table and dialogs.
export default function Layout({ children }: { children: React.ReactNode }) {
  return <ClientMessages paths={['agents']}>{children}</ClientMessages>
}
