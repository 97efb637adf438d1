// The process's webhook service (issue 15). No 'server-only': scripts/worker.ts runs it with tsx.
//
// instrumentation.ts starts it with the server (workers included); `npm run worker` starts it alone. It listens to
// the change feed (db/change-feed.ts) that every save, presence change and department/agent edit publishes.
import { getDatabaseHandle } from '@/db/client'
import { changeFeed } from '@/db/change-feed'
import { webhookUrlPolicyFromEnv } from '@/lib/webhooks/address-policy'
import { secretKeyFromEnv } from './secret-box'
import { WebhookService } from './webhook-service'

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
    // Only processes that run workers react: a send-only web instance leaves it to the workers, which hear the
    // same change through LISTEN/NOTIFY.
    if (work) service.listenTo(changeFeed())
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
