import 'server-only'
// Every JSON answer of the API is built here (results in handler.ts, problems in problem.ts), so that one rule about
// compression holds for all of them.
//
// `next start` gzips any response whose client sends Accept-Encoding (fetch/undici, axios, Go's net/http and
// `curl --compressed` all do). Its compression middleware skips bodies under 1 KB — but only when it can see a
// Content-Length, and Next streams route-handler bodies without one, so a 400-byte decision got its own gzip stream
// (~60–90 µs of CPU on this machine, a thread-pool round trip, ~130 bytes saved). `no-transform` is the one signal
// that middleware (and any proxy on the way) honours per response, so small bodies carry it; larger ones (a batch
// of decisions, a settings document) are still compressed.
export const COMPRESSION_THRESHOLD_BYTES = 1024

export function jsonResponse(
  body: unknown,
  init: { status: number; contentType: string; headers?: Record<string, string> },
): Response {
  const text = JSON.stringify(body)
  const small = Buffer.byteLength(text) < COMPRESSION_THRESHOLD_BYTES
  return new Response(text, {
    status: init.status,
    headers: {
      'content-type': init.contentType,
      'cache-control': small ? 'no-store, no-transform' : 'no-store',
      ...init.headers,
    },
  })
}
