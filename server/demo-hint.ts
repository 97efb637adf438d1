import 'server-only'
// The embedded demo's admin credentials, for the hint under the sign-in form (issue 12 item 7). They used to sit in
// the translated messages, which reach the browser on every page — also on a PostgreSQL deployment, where no demo
// user exists. Now only the sign-in page asks, and only the embedded demo (no DATABASE_URL) gets an answer.
import { DEMO_USERS } from '@/db/seed'

export function demoCredentials(
  env: Record<string, string | undefined> = process.env,
): { email: string; password: string } | null {
  if (env.DATABASE_URL?.trim()) return null
  const admin = DEMO_USERS.find((user) => user.role === 'admin')
  return admin ? { email: admin.email, password: admin.password } : null
}
