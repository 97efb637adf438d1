import { ClientMessages } from '@/components/i18n/client-messages'

// Sign-in, sign-up (with its time zone picker) and accepting an invitation.
export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return (
    <main id="main" className="flex min-h-dvh items-center justify-center bg-muted px-4 py-10">
      <div className="w-full max-w-md">
        <ClientMessages paths={['auth', 'schedules.timeZone']}>{children}</ClientMessages>
      </div>
    </main>
  )
}
