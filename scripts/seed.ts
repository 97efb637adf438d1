// npm run db:seed — migrates and creates the demo organizations and users that are missing (idempotent), on any
// database.
import { runDbScript } from '../db/run-script'
import { seedDemo } from '../db/seed'
import { seedDemoUsers } from '../db/seed-users'

await runDbScript(async (handle) => {
  await handle.migrate()
  const now = new Date()
  const { created, skipped } = await seedDemo(handle.db, { now, history: true })
  const users = await seedDemoUsers(handle.db, { now })
  if (created.length === 0 && users.length === 0) {
    return `Demo data already present in the ${handle.description} (${skipped.join(', ')}); nothing to do.`
  }
  const parts = [
    created.length ? `demo organizations ${created.join(', ')}` : null,
    users.length ? `demo users ${users.join(', ')}` : null,
  ].filter(Boolean)
  return `Seeded the ${handle.description} with ${parts.join(' and ')}.`
})
