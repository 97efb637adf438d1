import 'server-only'
// Reads an API request's JSON body: UTF-8 JSON only (RFC 8259 §8.1), at most MAX_BODY_BYTES, and a client that goes
// away before it has sent the body is told apart from a failure of ours (issue 12 item 5, issue 22 item 10).
import contentType from 'content-type'
import { ProblemError } from './problem'

export const MAX_BODY_BYTES = 256 * 1024

/** Labels of UTF-8 a client may send as `charset` (the WHATWG Encoding Standard's two common ones). */
const UTF8_LABELS = new Set(['utf-8', 'utf8'])

/** application/json or a structured-syntax +json type (application/merge-patch+json, …). */
const JSON_TYPE = /^application\/(?:[\w.-]+\+)?json$/

function checkMediaType(header: string | null): void {
  let parsed: contentType.ParsedMediaType
  try {
    parsed = contentType.parse(header ?? '')
  } catch {
    throw new ProblemError('unsupported-media-type', 'Send the body with Content-Type: application/json.')
  }
  if (!JSON_TYPE.test(parsed.type)) {
    throw new ProblemError(
      'unsupported-media-type',
      `Send the body with Content-Type: application/json (not ${parsed.type}).`,
    )
  }
  const charset = parsed.parameters.charset
  if (charset !== undefined && !UTF8_LABELS.has(charset.toLowerCase())) {
    throw new ProblemError(
      'unsupported-media-type',
      `JSON bodies are UTF-8: send charset=utf-8 or no charset (not charset=${charset}).`,
    )
  }
}

/** The request's body stream failed: Node's HTTP server errors it ("aborted", ECONNRESET) when the socket closes. */
export function clientClosed(): ProblemError {
  return new ProblemError('client-closed-request')
}

const utf8 = new TextDecoder('utf-8', { fatal: true })

export async function readJson(request: Request): Promise<unknown> {
  checkMediaType(request.headers.get('content-type'))
  const declared = Number(request.headers.get('content-length') ?? '0')
  if (declared > MAX_BODY_BYTES) throw new ProblemError('payload-too-large')
  const reader = request.body?.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  if (reader) {
    for (;;) {
      let chunk: ReadableStreamReadResult<Uint8Array>
      try {
        chunk = await reader.read()
      } catch {
        throw clientClosed()
      }
      if (chunk.done) break
      size += chunk.value.byteLength
      if (size > MAX_BODY_BYTES) {
        await reader.cancel().catch(() => {})
        throw new ProblemError('payload-too-large')
      }
      chunks.push(chunk.value)
    }
  }
  let text: string
  try {
    // fatal: Latin-1 bytes labelled UTF-8 are refused, not saved with U+FFFD in place of each accented letter.
    text = utf8.decode(Buffer.concat(chunks))
  } catch {
    throw new ProblemError('malformed-json', 'The request body is not valid UTF-8.')
  }
  try {
    return JSON.parse(text)
  } catch {
    throw new ProblemError('malformed-json', 'The request body could not be parsed as JSON.')
  }
}
