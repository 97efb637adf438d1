// npm run worker — the webhook workers without the web server (issue 15), for deployments that run them apart
// (set WEBHOOK_WORKERS=off on the web instances). Needs DATABASE_URL: the embedded PGlite belongs to one process,
// whose workers start with the app (instrumentation.ts).
import { DatabaseStartupError } from '../db/startup-error'
import { closeDb } from '../db/client'
import { startWebhooks } from '../server/webhooks/app-webhooks'

if (!process.env.DATABASE_URL?.trim()) {
  console.error(
    'npm run worker needs DATABASE_URL (PostgreSQL); with the embedded database the workers run inside `npm run dev` / `npm start`.',
  )
  process.exit(1)
}

try {
  const service = await startWebhooks({ work: true })
  console.log('Webhook workers running (routing transitions and deliveries). Ctrl+C to stop.')
  const stop = async () => {
    await service.stop()
    await closeDb()
    process.exit(0)
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
} catch (error) {
  console.error(
    error instanceof DatabaseStartupError
      ? error.message
      : `Webhook workers failed: ${(error as Error).message}`,
  )
  process.exit(1)
}
