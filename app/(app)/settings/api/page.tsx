import type { Metadata } from 'next'
import Link from 'next/link'
import { getTranslations } from 'next-intl/server'
import { requireViewer } from '@/server/session'
import { can } from '@/lib/auth/permissions'
import { ApiKeysSection } from '@/components/api/api-keys-section'
import { WebhooksSection } from '@/components/webhooks/webhooks-section'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('api'))('title') }
}

// Ajustes → API (issue 14). The page is a stack of self-contained sections (API keys, and further integration
// sections such as webhooks), each loading its own data; add a section by adding its component here.
export default async function ApiSettingsPage() {
  // Staff open the page too: they read the webhooks' delivery log (issue 15); the API keys stay admin-only.
  const viewer = await requireViewer({ webhooks: ['read'] })
  const t = await getTranslations('api')
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">{t('title')}</h1>
        <p className="mt-1 max-w-3xl text-sm text-muted-foreground">
          {t('description')}{' '}
          <Link href="/docs/api" className="font-medium text-primary underline underline-offset-4">
            {t('referenceLink')}
          </Link>
        </p>
      </div>
      {can(viewer.role, { apiKey: ['manage'] }) ? (
        <ApiKeysSection organizationId={viewer.organizationId} />
      ) : null}
      <WebhooksSection
        organizationId={viewer.organizationId}
        canManage={can(viewer.role, { webhooks: ['manage'] })}
      />
    </div>
  )
}
