'use client'
// A page failed to render, or its layout did (app/(app)/layout.tsx reads the session, so a database outage fails
// there, outside the app's own error boundary): say so in the viewer's language and offer a retry, instead of
// Next.js's English "This page couldn't load". When the database is unreachable the server marks the error
// (lib/http/service-unavailable.ts) and the page says the service is back in a moment (issue 22 item 4).
import { useEffect } from 'react'
import { useTranslations } from 'next-intl'
import { Button } from '@/components/ui/button'
import { isServiceUnavailableDigest } from '@/lib/http/service-unavailable'

export default function AppError({
  error,
  retry,
}: {
  error: Error & { digest?: string }
  retry: () => void
}) {
  const t = useTranslations('common.error')
  const unavailable = isServiceUnavailableDigest(error.digest)
  useEffect(() => {
    console.error(error)
  }, [error])
  return (
    <div role="alert" className="mx-auto max-w-lg px-4 py-16 text-center">
      <h1 className="text-2xl font-semibold">{t(unavailable ? 'unavailableTitle' : 'title')}</h1>
      <p className="mt-2 text-muted-foreground">
        {t(unavailable ? 'unavailableDescription' : 'description')}
      </p>
      <Button className="mt-6" onClick={() => retry()}>
        {t('retry')}
      </Button>
    </div>
  )
}
