'use client'
// A page of the app failed to render: say so in the viewer's language and offer a retry (re-fetches the page's
// server data and re-renders it), instead of a blank screen. The header and navigation (the layout) stay usable.
import { useEffect } from 'react'
import { useTranslations } from 'next-intl'
import { Button } from '@/components/ui/button'

export default function AppError({
  error,
  retry,
}: {
  error: Error & { digest?: string }
  retry: () => void
}) {
  const t = useTranslations('common.error')
  useEffect(() => {
    console.error(error)
  }, [error])
  return (
    <div role="alert" className="mx-auto max-w-lg py-16 text-center">
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      <p className="mt-2 text-muted-foreground">{t('description')}</p>
      <Button className="mt-6" onClick={() => retry()}>
        {t('retry')}
      </Button>
    </div>
  )
}
