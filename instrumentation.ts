// Next.js instrumentation (runs once when the server starts): the webhook workers start with the app (issue 15,
// docs/decisions/005). On the embedded PGlite they must run here — one process owns the database folder; with
// DATABASE_URL, WEBHOOK_WORKERS=off leaves them to `npm run worker` processes.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const separateWorkers = process.env.WEBHOOK_WORKERS === 'off' && !!process.env.DATABASE_URL
  const { startWebhooks } = await import('./server/webhooks/app-webhooks')
  try {
    await startWebhooks({ work: !separateWorkers })
  } catch (error) {
    // The app stays usable without webhooks; the cause is one line in the log.
    console.error(`Webhooks are not running: ${(error as Error).message}`)
  }
}
