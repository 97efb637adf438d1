'use client'

import { useTranslations } from 'next-intl'
import { AlertTriangleIcon } from '@/components/ui/icons'
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert'

/** The preview link's values that could not be read: said, never silently replaced. */
export function InvalidLinkAlert({ at, agents }: { at: string | null; agents: string | null }) {
  const t = useTranslations('preview.link')
  if (at === null && agents === null) return null
  return (
    <Alert variant="destructive" data-testid="invalid-link">
      <AlertTriangleIcon aria-hidden />
      <AlertTitle>{t('invalidTitle')}</AlertTitle>
      <AlertDescription>
        {at !== null && <p>{t('invalidAt', { value: at })}</p>}
        {agents !== null && <p>{t('invalidAgents', { value: agents })}</p>}
      </AlertDescription>
    </Alert>
  )
}
