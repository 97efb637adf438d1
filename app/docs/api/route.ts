// /docs/api — the interactive API reference (Scalar) over /api/v1/openapi.json, its script served by the app.
// proxy.ts gives this page its own Content-Security-Policy and a nonce (docs/decisions/011-content-security-policy.md);
// the page's two scripts and its theme <style> carry that nonce, nothing is loaded from another origin.
// Around Scalar's page (issue 22): a bar in the viewer's language with the way back to the app, and a <noscript> link
// to the OpenAPI document, since without JavaScript Scalar shows nothing.
import { ApiReference } from '@scalar/nextjs-api-reference'
import { getTranslations } from 'next-intl/server'
import { cookies } from 'next/headers'
import { DEFAULT_LOCALE, LOCALE_COOKIE, isAppLocale } from '@/i18n/config'
import { withNonce } from '@/lib/http/security-headers'

const OPENAPI_URL = '/api/v1/openapi.json'

// The bar above Scalar's layout, and at 390 px no sideways scroll: the headings' "Copy link" buttons sit 1 px past
// the edge of the viewport.
const CSS = `
.horarios-bar { display: flex; flex-wrap: wrap; align-items: center; gap: .25rem 1rem; padding: .5rem 1rem;
  border-bottom: 1px solid var(--scalar-border-color, #e5e7eb); font: 14px/1.4 system-ui, sans-serif; }
.horarios-bar a { color: inherit; font-weight: 600; }
.horarios-bar span { color: var(--scalar-color-2, #4b5563); }
@media (max-width: 640px) { html, body { overflow-x: clip; } }
`

const reference = ApiReference({
  url: OPENAPI_URL,
  pageTitle: 'Horarios API',
  cdn: '/docs/api/scalar.js',
  // The default fonts come from fonts.scalar.com; the page uses the system's instead (no third-party requests).
  withDefaultFonts: false,
  // Scalar's chat "Agent" (on by default on localhost) calls proxy.scalar.com: off, this page talks only to us.
  agent: { disabled: true },
  // "Developer Tools · Configure · Share · Deploy" is for Scalar's own users, not for ours.
  showDeveloperTools: 'never',
  customCss: CSS,
})

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

export async function GET(request: Request) {
  const cookieLocale = (await cookies()).get(LOCALE_COOKIE)?.value
  const locale = isAppLocale(cookieLocale) ? cookieLocale : DEFAULT_LOCALE
  const t = await getTranslations({ locale, namespace: 'api.reference' })
  const answer = await reference()
  const note = t('language')
  const bar = `<header class="horarios-bar"><a href="/settings/schedules">← ${escapeHtml(t('back'))}</a>${
    note ? `<span>${escapeHtml(note)}</span>` : ''
  }</header>
    <noscript><p class="horarios-bar">${escapeHtml(t('noScript'))} <a href="${OPENAPI_URL}">${OPENAPI_URL}</a></p></noscript>`
  const html = (await answer.text())
    .replace('<html>', `<html lang="${locale}">`)
    .replace('<body>', `<body>\n    ${bar}`)
  const nonce = request.headers.get('x-nonce')
  return new Response(nonce ? withNonce(html, nonce) : html, {
    status: answer.status,
    headers: answer.headers,
  })
}
