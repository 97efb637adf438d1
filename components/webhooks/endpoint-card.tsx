'use client'

import { useTransition } from 'react'
import { useFormatter, useTranslations } from 'next-intl'
import { useRouter } from 'next/navigation'
import { KeyRound, RotateCw, Send, Trash2 } from '@/components/ui/icons'
import { toast } from '@/components/ui/toast'
import { Badge } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import { Switch } from '@/components/ui/switch'
import { ConfirmDialog } from '@/components/ui/confirm-dialog'
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table'
import {
  deleteWebhookEndpointAction,
  resendWebhookDeliveryAction,
  rotateWebhookSecretAction,
  sendWebhookTestAction,
  setWebhookEndpointEnabledAction,
} from '@/server/actions/webhook-actions'
import { DISABLE_AFTER_CONSECUTIVE_FAILURES } from '@/lib/webhooks/delivery-policy'
import type { DeliveryRow, EndpointRow } from './webhooks-panel'

const STATUS_VARIANT = {
  pending: 'outline',
  retrying: 'warning',
  delivered: 'success',
  failed: 'destructive',
  cancelled: 'secondary',
} as const

export function EndpointCard({
  endpoint,
  deliveries,
  canManage,
  timeZone,
  onSecret,
}: {
  endpoint: EndpointRow
  deliveries: DeliveryRow[]
  canManage: boolean
  timeZone: string
  onSecret: (secret: string) => void
}) {
  const t = useTranslations('webhooks')
  const format = useFormatter()
  const router = useRouter()
  const [pending, startTransition] = useTransition()
  const dateTime = (iso: string) =>
    format.dateTime(new Date(iso), { dateStyle: 'medium', timeStyle: 'medium', hourCycle: 'h23', timeZone })
  // Message keys cannot contain dots (next-intl nests on them): routing.changed → events.routing_changed.
  const eventLabel = (type: string) => {
    const key = `events.${type.replace('.', '_')}` as 'events.webhook_test'
    return t.has(key) ? t(key) : type
  }
  const fail = (error: string) =>
    toast.error(
      t.has(`errors.${error}` as 'errors.unexpected')
        ? t(`errors.${error}` as 'errors.unexpected')
        : t('errors.unexpected'),
    )

  const run = (action: () => Promise<{ ok: boolean; error?: string }>, success?: string) =>
    startTransition(async () => {
      const result = await action()
      if (!result.ok) return fail(result.error ?? 'unexpected')
      if (success) toast.success(success)
      router.refresh()
    })

  const titleId = `webhook-${endpoint.id}-title`
  return (
    <article aria-labelledby={titleId} className="space-y-3 rounded-md border p-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0 space-y-1">
          <h3 id={titleId} className="font-mono text-sm font-medium break-all">
            {endpoint.url}
          </h3>
          {endpoint.description ? (
            <p className="text-sm text-muted-foreground">{endpoint.description}</p>
          ) : null}
          <p className="text-sm">
            <span className="text-muted-foreground">{t('endpoint.subscribedTo')}: </span>
            {endpoint.events.map(eventLabel).join(' · ')}
          </p>
          <div className="flex flex-wrap items-center gap-2">
            <Badge variant={endpoint.enabled ? 'success' : 'secondary'}>
              {endpoint.enabled ? t('endpoint.enabled') : t('endpoint.paused')}
            </Badge>
            {endpoint.enabled && endpoint.consecutiveFailures > 0 ? (
              <Badge variant="warning">
                {t('endpoint.failing', { count: endpoint.consecutiveFailures })}
              </Badge>
            ) : null}
          </div>
          {endpoint.disabledForFailuresAt ? (
            <p className="text-sm font-medium text-destructive" role="note">
              {t('endpoint.disabledForFailures', {
                date: dateTime(endpoint.disabledForFailuresAt),
                count: DISABLE_AFTER_CONSECUTIVE_FAILURES,
              })}
            </p>
          ) : null}
          {endpoint.previousSecretExpiresAt ? (
            <p className="text-sm text-muted-foreground">
              {t('endpoint.previousSecretUntil', { date: dateTime(endpoint.previousSecretExpiresAt) })}
            </p>
          ) : null}
        </div>
        {canManage ? (
          <div className="flex flex-wrap items-center gap-2">
            <div className="flex items-center gap-2">
              <Switch
                id={`webhook-${endpoint.id}-enabled`}
                checked={endpoint.enabled}
                disabled={pending}
                aria-label={t('endpoint.enabledSwitch', { url: endpoint.url })}
                onCheckedChange={(enabled) =>
                  run(() => setWebhookEndpointEnabledAction({ endpointId: endpoint.id, enabled }))
                }
              />
            </div>
            <Button
              type="button"
              variant="outline"
              size="sm"
              disabled={pending}
              onClick={() =>
                run(() => sendWebhookTestAction({ endpointId: endpoint.id }), t('endpoint.testQueued'))
              }
            >
              <Send aria-hidden className="size-4" />
              {t('endpoint.sendTest')}
            </Button>
            <ConfirmDialog
              trigger={
                <Button type="button" variant="outline" size="sm" disabled={pending}>
                  <KeyRound aria-hidden className="size-4" />
                  {t('endpoint.rotate')}
                </Button>
              }
              title={t('endpoint.rotateTitle', { url: endpoint.url })}
              description={t('endpoint.rotateDescription')}
              cancelLabel={t('endpoint.cancel')}
              confirmLabel={t('endpoint.confirmRotate')}
              onConfirm={() =>
                startTransition(async () => {
                  const result = await rotateWebhookSecretAction({ endpointId: endpoint.id })
                  if (!result.ok) return fail(result.error)
                  onSecret(result.data.secret)
                  router.refresh()
                })
              }
            />
            <ConfirmDialog
              trigger={
                <Button
                  type="button"
                  variant="ghost"
                  size="icon"
                  disabled={pending}
                  aria-label={t('endpoint.delete', { url: endpoint.url })}
                >
                  <Trash2 aria-hidden className="size-4" />
                </Button>
              }
              title={t('endpoint.deleteTitle', { url: endpoint.url })}
              description={t('endpoint.deleteDescription')}
              cancelLabel={t('endpoint.cancel')}
              confirmLabel={t('endpoint.confirmDelete')}
              destructive
              onConfirm={() =>
                run(() => deleteWebhookEndpointAction({ endpointId: endpoint.id }), t('endpoint.deleted'))
              }
            />
          </div>
        ) : null}
      </div>

      <div className="overflow-x-auto">
        <Table aria-label={t('log.title', { url: endpoint.url })}>
          <TableHeader>
            <TableRow>
              <TableHead>{t('log.createdAt')}</TableHead>
              <TableHead>{t('log.event')}</TableHead>
              <TableHead>{t('log.status')}</TableHead>
              <TableHead>{t('log.attempts')}</TableHead>
              <TableHead>{t('log.response')}</TableHead>
              <TableHead>{t('log.latency')}</TableHead>
              <TableHead>{t('log.nextRetry')}</TableHead>
              {canManage ? (
                <TableHead>
                  <span className="sr-only">{t('log.actions')}</span>
                </TableHead>
              ) : null}
            </TableRow>
          </TableHeader>
          <TableBody>
            {deliveries.length === 0 ? (
              <TableRow>
                <TableCell colSpan={canManage ? 8 : 7} className="text-sm text-muted-foreground">
                  {t('log.empty')}
                </TableCell>
              </TableRow>
            ) : (
              deliveries.map((delivery) => (
                <TableRow key={delivery.id}>
                  <TableCell className="text-sm whitespace-nowrap">{dateTime(delivery.createdAt)}</TableCell>
                  <TableCell className="text-sm">{eventLabel(delivery.eventType)}</TableCell>
                  <TableCell>
                    <Badge variant={STATUS_VARIANT[delivery.status]}>{t(`status.${delivery.status}`)}</Badge>
                  </TableCell>
                  <TableCell className="text-sm">{delivery.attempts}</TableCell>
                  <TableCell className="text-sm">
                    {delivery.responseCode ?? (delivery.attempts > 0 ? t('log.noResponse') : t('log.none'))}
                  </TableCell>
                  <TableCell className="text-sm whitespace-nowrap">
                    {delivery.latencyMs === null
                      ? t('log.none')
                      : t('log.latencyValue', { ms: delivery.latencyMs })}
                  </TableCell>
                  <TableCell className="text-sm whitespace-nowrap">
                    {delivery.nextRetryAt && delivery.status === 'retrying'
                      ? dateTime(delivery.nextRetryAt)
                      : t('log.none')}
                  </TableCell>
                  {canManage ? (
                    <TableCell className="text-right">
                      <Button
                        type="button"
                        variant="ghost"
                        size="sm"
                        disabled={pending}
                        aria-label={t('log.resendOf', {
                          event: eventLabel(delivery.eventType),
                          date: dateTime(delivery.createdAt),
                        })}
                        onClick={() =>
                          run(() => resendWebhookDeliveryAction({ deliveryId: delivery.id }), t('log.resent'))
                        }
                      >
                        <RotateCw aria-hidden className="size-4" />
                        {t('log.resend')}
                      </Button>
                    </TableCell>
                  ) : null}
                </TableRow>
              ))
            )}
          </TableBody>
        </Table>
      </div>
    </article>
  )
}
