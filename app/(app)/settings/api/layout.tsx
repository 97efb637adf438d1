import { ClientMessages } from '@/components/i18n/client-messages'

// API keys and webhook endpoints.
export default function Layout({ children }: { children: React.ReactNode }) {
  return <ClientMessages paths={['api', 'webhooks']}>{children}</ClientMessages>
}
