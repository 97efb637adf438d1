'use client'

import { useEffect, useState, useTransition } from 'react'
import { useRouter } from 'next/navigation'
import { useTranslations } from 'next-intl'
import { Webhook } from '@/components/ui/icons'
import { toast } from '@/components/ui/toast'
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card'
import { Button } from '@/components/ui/button'
import { AddEndpointForm } from './add-endpoint-form'
import { EndpointCard } from './endpoint-card'
import { SecretOnce } from './secret-once'

export type EndpointRow = {
  id: string
  url: string
  description: string
  events: string[]
  enabled: boolean
  consecutiveFailures: number
  disabledForFailuresAt: string | null
  previousSecretExpiresAt: string | null
}

export type DeliveryRow = {
  id: string
  endpointId: string
  eventType: string
  status: 'pending' | 'retrying' | 'delivered' | 'failed' | 'cancelled'
  attempts: number
  responseCode: number | null
  latencyMs: number | null
  nextRetryAt: string | null
  createdAt: string
}

/** While a delivery is queued, re-read the page every few seconds so its outcome appears without a reload. */
function useRefreshWhilePending(pending: boolean) {
  const router = useRouter()
  useEffect(() => {
    if (!pending) return
    const timer = setTimeout(() => router.refresh(), 2000)
    return () => clearTimeout(timer)
  })
}

export function WebhooksPanel({
  canManage,
  timeZone,
  endpoints,
  deliveries,
}: {
  canManage: boolean
  timeZone: string
  endpoints: EndpointRow[]
  deliveries: DeliveryRow[]
}) {
  const t = useTranslations('webhooks')
  const router = useRouter()
  const [refreshing, startRefresh] = useTransition()
  const [secret, setSecret] = useState<{ url: string; secret: string } | null>(null)
  useRefreshWhilePending(deliveries.some((delivery) => delivery.status === 'pending'))

  return (
    <section aria-labelledby="webhooks-title" className="flex flex-col gap-6">
      <Card>
        <CardHeader>
          <CardTitle id="webhooks-title" className="flex items-center gap-2">
            <Webhook aria-hidden className="size-5" />
            {t('title')}
          </CardTitle>
          <CardDescription>{t('description')}</CardDescription>
        </CardHeader>
        <CardContent className="flex flex-col gap-4">
          {!canManage ? <p className="text-sm text-muted-foreground">{t('readOnly')}</p> : null}
          {secret ? (
            <SecretOnce url={secret.url} secret={secret.secret} onDone={() => setSecret(null)} />
          ) : null}
          {endpoints.length === 0 ? (
            <p className="text-sm text-muted-foreground">{t('empty')}</p>
          ) : (
            <>
              <div>
                <Button
                  type="button"
                  variant="outline"
                  size="sm"
                  disabled={refreshing}
                  onClick={() => startRefresh(() => router.refresh())}
                >
                  {t('log.refresh')}
                </Button>
              </div>
              {endpoints.map((endpoint) => (
                <EndpointCard
                  key={endpoint.id}
                  endpoint={endpoint}
                  deliveries={deliveries.filter((delivery) => delivery.endpointId === endpoint.id)}
                  canManage={canManage}
                  timeZone={timeZone}
                  onSecret={(value) => setSecret({ url: endpoint.url, secret: value })}
                />
              ))}
            </>
          )}
        </CardContent>
      </Card>
      {canManage ? (
        <AddEndpointForm
          onCreated={(url, value) => {
            setSecret({ url, secret: value })
            toast.success(t('secret.createdTitle', { url }))
          }}
        />
      ) : null}
    </section>
  )
}
