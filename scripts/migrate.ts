// npm run db:migrate — applies pending migrations to the configured database (DATABASE_URL, else PGlite).
import { runDbScript } from '../db/run-script'

await runDbScript(async (handle) => {
  await handle.migrate()
  return `Migrated the ${handle.description}.`
})
