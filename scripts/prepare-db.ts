// Runs before `next dev` / `next start` (npm run dev): opens the database, applies migrations, and seeds the demo
// organizations and their users into a fresh embedded database (or into any database with SEED_DEMO=1). Prints one
// line. Closes the database before exiting so that the app can open the PGlite folder.
import { runDbScript } from '../db/run-script'
import { isDatabaseEmpty, seedDemo } from '../db/seed'
import { seedDemoUsers } from '../db/seed-users'

await runDbScript(async (handle, config) => {
  await handle.migrate()
  const forced = process.env.SEED_DEMO === '1'
  if (!forced && config.driver === 'postgres') {
    return `Database ready: ${handle.description} migrated (demo data not seeded because DATABASE_URL is set; run with SEED_DEMO=1 to seed it).`
  }
  if (!forced && !(await isDatabaseEmpty(handle.db))) {
    return `Database ready: ${handle.description} migrated and already seeded.`
  }
  const now = new Date()
  const { created } = await seedDemo(handle.db, { now, history: true })
  const users = await seedDemoUsers(handle.db, { now })
  if (created.length === 0 && users.length === 0) {
    return `Database ready: ${handle.description} migrated and already seeded.`
  }
  const parts = [
    created.length ? `demo organizations ${created.join(', ')}` : null,
    users.length ? `demo users ${users.join(', ')}` : null,
  ].filter(Boolean)
  return `Database ready: ${handle.description} migrated and seeded with ${parts.join(' and ')}.`
})
