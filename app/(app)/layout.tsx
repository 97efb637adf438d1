import { requireViewer } from '@/server/session'
import { AppHeader } from '@/components/app-shell/app-header'

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const viewer = await requireViewer()
  return (
    <>
      <AppHeader viewer={viewer} />
      <main id="main" className="mx-auto w-full max-w-6xl px-4 py-6">
        {children}
      </main>
    </>
  )
}
