// The mark of a page that failed because the database is unreachable (issue 22 item 4). Next.js replaces a server
// error's message with a generic one in production but keeps an error's own `digest`, so the server side
// (server/unavailable.ts) sets this digest and the error pages (app/error.tsx) tell "the service is unavailable for a
// moment, retry" apart from "something went wrong".
export const SERVICE_UNAVAILABLE_DIGEST = 'HORARIOS_SERVICE_UNAVAILABLE'

export function isServiceUnavailableDigest(digest: string | undefined): boolean {
  return digest === SERVICE_UNAVAILABLE_DIGEST
}
