// Text that PostgreSQL can store and JSON can carry. A NUL byte (text columns reject it) or a lone UTF-16 surrogate
// (not valid Unicode: the jsonb audit row fails) made a save answer 500 (issue 12 item 5). Such characters never come
// from a person typing, so an input holding one is refused as invalid before anything is read or written.

// A high surrogate not followed by a low one, or a low one not preceded by a high one. Not String#isWellFormed:
// the editor's form validates with the same schema in the browser, and Firefox before 119 lacks it.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?:^|[^\ud800-\udbff])[\udc00-\udfff]/

/** True when `value` is well-formed Unicode without NUL. */
export function isStorableText(value: string): boolean {
  return !value.includes('\u0000') && !LONE_SURROGATE.test(value)
}

/**
 * The dotted path of the first string (or object key) in `input` that is not storable text, or null. Walks plain
 * JSON-like data only, to a bounded depth (server-action arguments are small; deeper nesting is itself invalid).
 */
export function findUnstorableText(input: unknown, path: string[] = [], depth = 0): string | null {
  if (typeof input === 'string') return isStorableText(input) ? null : path.join('.') || '_form'
  if (depth > 32) return path.join('.') || '_form'
  if (Array.isArray(input)) {
    for (let i = 0; i < input.length; i++) {
      const found = findUnstorableText(input[i], [...path, String(i)], depth + 1)
      if (found !== null) return found
    }
    return null
  }
  if (input && typeof input === 'object') {
    for (const [key, value] of Object.entries(input)) {
      if (!isStorableText(key)) return [...path].join('.') || '_form'
      const found = findUnstorableText(value, [...path, key], depth + 1)
      if (found !== null) return found
    }
  }
  return null
}
