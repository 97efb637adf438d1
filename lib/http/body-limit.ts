// The largest request body a page route takes (issue 12 item 5: "bodies over 1 MB must be 413"). Server actions are
// posted to page URLs; Next.js refuses a larger body itself (serverActions.bodySizeLimit, same 1 MB) but answers that
// with a 500, so proxy.ts answers 413 first whenever the declared length says so. The JSON API has its own, smaller
// limit (server/api/handler.ts, 256 KB, also enforced while streaming).
export const MAX_PAGE_BODY_BYTES = 1024 * 1024

/** Whether a request's declared Content-Length is over `limit` (an absent or unreadable length is not). */
export function declaredBodyTooLarge(
  contentLength: string | null,
  limit: number = MAX_PAGE_BODY_BYTES,
): boolean {
  if (contentLength === null || !/^\d+$/.test(contentLength.trim())) return false
  return Number(contentLength.trim()) > limit
}

/** The 413 problem document (RFC 9457) answered for such a body. */
export const PAYLOAD_TOO_LARGE_PROBLEM = {
  type: 'urn:horarios:problem:payload-too-large',
  title: 'The body is larger than 1 MB',
  status: 413,
} as const
