// The process's webhook service (issue 15). No 'server-only': scripts/worker.ts runs it with tsx.
//
// instrumentation.ts starts it with the server (workers included); `npm run worker` starts it alone. Server
// actions call the `webhooksAfter…` hooks below after a successful save or presence change; when no service was
// started in this process (unit tests, scripts) they do nothing.
import { getDatabaseHandle } from '@/db/client'
import { webhookUrlPolicyFromEnv } from '@/lib/webhooks/address-policy'
import { secretKeyFromEnv } from './secret-box'
import { WebhookService, type SettingsSavedEvent } from './webhook-service'

type Registry = { service: Promise<WebhookService> | null }
// On globalThis: Next dev's hot reloads must not start a second set of workers.
const registry: Registry = ((globalThis as { __horariosWebhooks?: Registry }).__horariosWebhooks ??= {
  service: null,
})

/** Starts the service once per process: the queue, and with `work` the workers. */
export function startWebhooks({ work }: { work: boolean }): Promise<WebhookService> {
  registry.service ??= (async () => {
    const handle = await getDatabaseHandle()
    const service = new WebhookService({
      db: handle.db,
      executeSql: handle.executeSql,
      policy: webhookUrlPolicyFromEnv(process.env),
      secretKey: secretKeyFromEnv(process.env),
      log: (line) => console.log(line),
    })
    await service.start({ work })
    return service
  })().catch((error: unknown) => {
    registry.service = null
    throw error
  })
  return registry.service
}

/** The running service, or null when none was started in this process. */
export async function runningWebhooks(): Promise<WebhookService | null> {
  return registry.service ? registry.service.catch(() => null) : null
}

/** For tests: use this service for the hooks. */
export function useWebhookService(service: WebhookService | null) {
  registry.service = service ? Promise.resolve(service) : null
}

// A failing webhook step must never fail the user's save: it is logged; the next save, presence change or restart
// re-decides the organization anyway.
async function safely(what: string, run: (service: WebhookService) => Promise<unknown>) {
  const service = await runningWebhooks()
  if (!service) return
  try {
    await run(service)
  } catch (error) {
    console.error(`webhooks: ${what} failed: ${(error as Error).message}`)
  }
}

/** Call after a successful settings save (editor or API). */
export function webhooksAfterSettingsSaved(organizationId: string, event: SettingsSavedEvent) {
  return safely('settings.updated', (service) => service.afterSettingsSaved(organizationId, event))
}

/** Call after an agent's presence changed. */
export function webhooksAfterPresenceChanged(organizationId: string, agentId: string) {
  return safely('presence.changed', (service) => service.afterPresenceChanged(organizationId, agentId))
}

/** Call after departments or agents' departments change (the set of scopes or their online counts moved). */
export function webhooksAfterRoutingInputsChanged(organizationId: string) {
  return safely('routing re-evaluation', (service) => service.reevaluateOrganization(organizationId))
}
