import type { NextConfig } from 'next'
import createNextIntlPlugin from 'next-intl/plugin'
import { BASE_SECURITY_HEADERS } from './lib/http/security-headers'

const withNextIntl = createNextIntlPlugin({
  requestConfig: './i18n/request.ts',
  experimental: {
    // ICU messages are compiled at build time, so the browser gets no ICU parser (~13 KB gzip of the Horarios
    // page's first-load JavaScript, issue 6). See docs/decisions/003-first-load-javascript.md.
    messages: { path: './messages', format: 'json', locales: 'infer', precompile: true },
  },
})

const nextConfig: NextConfig = {
  // PGlite ships WebAssembly and data files that must be loaded from node_modules at run time.
  serverExternalPackages: ['@electric-sql/pglite', 'pg', 'pg-boss'],
  poweredByHeader: false,
  // Lets parallel work trees / test runs build side by side (e.g. NEXT_DIST_DIR=.next-e2e).
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // Next.js's default, written down: a larger server-action body is refused (proxy.ts answers 413 when the declared
  // length says so; lib/http/body-limit.ts).
  experimental: { serverActions: { bodySizeLimit: '1mb' } },
  // The JSON API gets the security headers that are the same on every answer (no CSP: it serves no documents); pages
  // get theirs, with a per-request nonce, from proxy.ts (docs/decisions/011-content-security-policy.md).
  async headers() {
    return [
      {
        source: '/api/:path*',
        headers: Object.entries(BASE_SECURITY_HEADERS).map(([key, value]) => ({ key, value })),
      },
    ]
  },
}

export default withNextIntl(nextConfig)
