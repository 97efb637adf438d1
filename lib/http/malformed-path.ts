// A page path whose percent-encoding does not decode (`/settings/schedules/%FF`, `/…/%C0%AF/versions/1`: a stray
// byte, an overlong UTF-8 form) made Next.js answer a bare "Internal Server Error" in text/plain (issue 22 item 3):
// its router throws while decoding the dynamic segment, then fails to render a 400 page the App Router does not have.
// proxy.ts rewrites such a path to one no route can match, so Next.js renders the app's translated not-found page
// (app/not-found.tsx), 404, at the URL that was asked for.

/** Whether `pathname` (as sent, percent-encoded) is not valid percent-encoded UTF-8. */
export function pathDoesNotDecode(pathname: string): boolean {
  try {
    decodeURIComponent(pathname)
    return false
  } catch {
    return true
  }
}

/**
 * Where proxy.ts rewrites such a path. A folder whose name starts with `_` is private in the App Router (never a
 * route), so this path is not found whatever routes are added; it is static, so Next.js decodes no segment of it.
 */
export const NOT_FOUND_REWRITE = '/_malformed-path'
