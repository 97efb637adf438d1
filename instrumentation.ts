// Next.js instrumentation (runs once when the server starts): the connection's address for rate limits (issue 12
// item 3), graceful-shutdown bookkeeping for the API (issue 14), and the webhook workers start with the app (issue
// 15, docs/decisions/008-webhooks-on-pg-boss). On the embedded PGlite they must run here — one process owns the
// database folder; with DATABASE_URL, WEBHOOK_WORKERS=off leaves them to `npm run worker` processes.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { installPeerAddressHeader } = await import('./server/peer-address')
  installPeerAddressHeader()
  // Problem JSON for what Node and Next.js would answer before any route handler (issue 22 items 3 and 5).
  const { installApiRequestGuard } = await import('./server/api/raw-request-guard')
  installApiRequestGuard()
  const { installShutdownHooks } = await import('./server/api/shutdown')
  const { logger } = await import('./server/api/logger')
  installShutdownHooks(() =>
    logger.info({ event: 'shutdown' }, 'draining: /api/ready answers 503; finishing in-flight requests'),
  )
  const separateWorkers = process.env.WEBHOOK_WORKERS === 'off' && !!process.env.DATABASE_URL
  const { startWebhooks } = await import('./server/webhooks/app-webhooks')
  try {
    await startWebhooks({ work: !separateWorkers })
  } catch (error) {
    // The app stays usable without webhooks; the cause is one line in the log.
    console.error(`Webhooks are not running: ${(error as Error).message}`)
  }
}
