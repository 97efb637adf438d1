import { getOrganization, listWebhookDeliveries, listWebhookEndpoints } from '@/db/queries'
import { WebhooksPanel, type DeliveryRow, type EndpointRow } from './webhooks-panel'

/** The Webhooks section of Ajustes → API (issue 15): endpoints, their secrets' state and their delivery log. */
export async function WebhooksSection({
  organizationId,
  canManage,
}: {
  organizationId: string
  canManage: boolean
}) {
  const [endpoints, deliveries, organization] = await Promise.all([
    listWebhookEndpoints(organizationId),
    listWebhookDeliveries(organizationId),
    getOrganization(organizationId),
  ])
  const endpointRows: EndpointRow[] = endpoints.map((endpoint) => ({
    id: endpoint.id,
    url: endpoint.url,
    description: endpoint.description,
    events: endpoint.events,
    enabled: endpoint.enabled,
    consecutiveFailures: endpoint.consecutiveFailures,
    disabledForFailuresAt:
      endpoint.disabledReason === 'consecutive_failures'
        ? (endpoint.disabledAt?.toISOString() ?? null)
        : null,
    previousSecretExpiresAt: endpoint.previousSecretExpiresAt?.toISOString() ?? null,
  }))
  const deliveryRows: DeliveryRow[] = deliveries.map((delivery) => ({
    id: delivery.id,
    endpointId: delivery.endpointId,
    eventType: delivery.eventType,
    status: delivery.status,
    attempts: delivery.attempts,
    responseCode: delivery.responseCode,
    latencyMs: delivery.latencyMs,
    nextRetryAt: delivery.nextRetryAt?.toISOString() ?? null,
    createdAt: delivery.createdAt.toISOString(),
  }))
  return (
    <WebhooksPanel
      canManage={canManage}
      timeZone={organization?.timeZone ?? 'UTC'}
      endpoints={endpointRows}
      deliveries={deliveryRows}
    />
  )
}
