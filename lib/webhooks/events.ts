// Webhook event payloads (issue 15): Standard Webhooks body `{ type, timestamp, data }`. Pure builders so the
// shape is defined once and tested without a database or a network.
import type { Decision, Reason, Responder } from '../routing/types'

export const WEBHOOK_EVENTS = ['routing.changed', 'settings.updated', 'presence.changed'] as const
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number]
/** The test event ("Enviar evento de prueba") goes to an endpoint whatever it subscribes to. */
export type WebhookEventTypeSent = WebhookEvent | 'webhook.test'

export type WebhookPayload<Data = unknown> = { type: WebhookEventTypeSent; timestamp: string; data: Data }

export type ScopeRef = { departmentId: string | null; name: string }
export type Answer = { responder: Responder; reason: Reason }

export type RoutingChangedData = {
  scope: ScopeRef
  previous: Answer
  responder: Responder
  reason: Reason
  until: string | null
  nextOpening: string | null
  /** The exact instant the answer changed: a schedule transition, or the save / presence change. */
  effectiveAt: string
}

export function answerChanged(previous: Answer, next: Answer): boolean {
  return previous.responder !== next.responder || previous.reason !== next.reason
}

export function routingChangedPayload(
  scope: ScopeRef,
  previous: Answer,
  decision: Decision,
  effectiveAt: Date,
  sentAt: Date,
): WebhookPayload<RoutingChangedData> {
  return {
    type: 'routing.changed',
    timestamp: sentAt.toISOString(),
    data: {
      scope,
      previous: { responder: previous.responder, reason: previous.reason },
      responder: decision.responder,
      reason: decision.reason,
      until: decision.until?.toISOString() ?? null,
      nextOpening: decision.nextOpening?.toISOString() ?? null,
      effectiveAt: effectiveAt.toISOString(),
    },
  }
}

export type SettingsSection =
  'inheritance' | 'business_hours' | 'out_of_hours_message' | 'priority' | 'assistant'

/** Audit-log field names ("business.weekly.monday", "assistant.name", …) → the sections an integrator cares about. */
export function changedSections(changedFields: string[]): SettingsSection[] {
  const sections = new Set<SettingsSection>()
  for (const field of changedFields) {
    const head = field.split('.')[0]
    if (head === 'usesGeneral') sections.add('inheritance')
    else if (head === 'business') sections.add('business_hours')
    else if (head === 'outOfHoursMessage') sections.add('out_of_hours_message')
    else if (head === 'priority') sections.add('priority')
    else if (head === 'assistant') sections.add('assistant')
  }
  const order: SettingsSection[] = [
    'inheritance',
    'business_hours',
    'out_of_hours_message',
    'priority',
    'assistant',
  ]
  return order.filter((section) => sections.has(section))
}

export type SettingsUpdatedData = {
  scope: ScopeRef
  version: number
  actor: { userId: string | null; name: string }
  changedSections: SettingsSection[]
}

export function settingsUpdatedPayload(
  data: SettingsUpdatedData,
  sentAt: Date,
): WebhookPayload<SettingsUpdatedData> {
  return { type: 'settings.updated', timestamp: sentAt.toISOString(), data }
}

export type PresenceChangedData = {
  agent: { id: string; name: string }
  departments: { id: string; name: string }[]
  presence: 'online' | 'away' | 'offline'
}

export function presenceChangedPayload(
  data: PresenceChangedData,
  sentAt: Date,
): WebhookPayload<PresenceChangedData> {
  return { type: 'presence.changed', timestamp: sentAt.toISOString(), data }
}

export function testEventPayload(sentAt: Date): WebhookPayload<{ message: string }> {
  return {
    type: 'webhook.test',
    timestamp: sentAt.toISOString(),
    data: { message: 'Test event from Horarios: your endpoint receives and verifies our signatures.' },
  }
}
