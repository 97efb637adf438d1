// /docs/api — the interactive API reference (Scalar) over /api/v1/openapi.json, its script served by the app.
// proxy.ts gives this page its own Content-Security-Policy and a nonce (docs/decisions/011-content-security-policy.md);
// the page's two scripts and its theme <style> carry that nonce, nothing is loaded from another origin.
import { ApiReference } from '@scalar/nextjs-api-reference'
import { withNonce } from '@/lib/http/security-headers'

const reference = ApiReference({
  url: '/api/v1/openapi.json',
  pageTitle: 'Horarios API',
  cdn: '/docs/api/scalar.js',
  // The default fonts come from fonts.scalar.com; the page uses the system's instead (no third-party requests).
  withDefaultFonts: false,
  // Scalar's chat "Agent" (on by default on localhost) calls proxy.scalar.com: off, this page talks only to us.
  agent: { disabled: true },
})

export async function GET(request: Request) {
  const answer = await reference()
  const nonce = request.headers.get('x-nonce')
  if (!nonce) return answer
  return new Response(withNonce(await answer.text(), nonce), {
    status: answer.status,
    headers: answer.headers,
  })
}
