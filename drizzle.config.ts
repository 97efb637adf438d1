import { defineConfig } from 'drizzle-kit'

// `npx drizzle-kit generate` writes one set of SQL migrations used by both drivers (PGlite and node-postgres).
export default defineConfig({
  dialect: 'postgresql',
  schema: './db/schema.ts',
  out: './db/migrations',
  strict: true,
  verbose: true,
})
