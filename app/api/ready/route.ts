// GET /api/ready — readiness: 200 when the database is reachable and every committed migration is applied, and the
// instance is not shutting down; 503 otherwise, so a load balancer sends traffic elsewhere.
import { checkReadiness } from '@/db/readiness'
import { isDraining } from '@/server/api/shutdown'

export const dynamic = 'force-dynamic'

export async function GET() {
  const checks = { ...(await checkReadiness()), shutdown: isDraining() ? 'draining' : 'no' }
  const ready = checks.database === 'ok' && checks.migrations === 'current' && checks.shutdown === 'no'
  return Response.json(
    { status: ready ? 'ready' : 'unavailable', checks },
    { status: ready ? 200 : 503, headers: { 'cache-control': 'no-store' } },
  )
}
