import { ClientMessages } from '@/components/i18n/client-messages'

// The members panel.
export default function Layout({ children }: { children: React.ReactNode }) {
  return <ClientMessages paths={['auth.members']}>{children}</ClientMessages>
}
