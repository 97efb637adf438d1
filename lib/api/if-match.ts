// The If-Match precondition of RFC 9110 §13.1.1, for PUT …/settings (issue 22 item 10). No maintained package
// parses If-Match (`fresh` does If-None-Match, whose comparison is weak), so the grammar is here, small and exact:
//
//   If-Match = "*" / #entity-tag      entity-tag = [ "W/" ] DQUOTE *etagc DQUOTE      (RFC 9110 §8.8.3)
//
// Comparison is strong: a weak tag never matches, `*` matches any current representation, and a list matches
// when any member does. Empty list members are ignored (§5.6.1.2).

export type IfMatch =
  | { kind: 'absent' }
  | { kind: 'invalid' }
  | { kind: 'any' }
  | { kind: 'tags'; tags: { weak: boolean; opaque: string }[] }

// etagc = %x21 / %x23-7E / obs-text (%x80-FF); header values reach us as byte strings.
const ENTITY_TAG = /^(W\/)?"([\x21\x23-\x7e\x80-\xff]*)"/
const OWS = /^[ \t]*/

export function parseIfMatch(header: string | null): IfMatch {
  if (header === null || header.trim() === '') return { kind: 'absent' }
  if (header.trim() === '*') return { kind: 'any' }
  const tags: { weak: boolean; opaque: string }[] = []
  let rest = header
  for (;;) {
    rest = rest.replace(OWS, '')
    if (rest.startsWith(',')) {
      rest = rest.slice(1)
      continue
    }
    if (rest === '') break
    const match = ENTITY_TAG.exec(rest)
    if (!match) return { kind: 'invalid' }
    tags.push({ weak: match[1] !== undefined, opaque: match[2]! })
    rest = rest.slice(match[0].length).replace(OWS, '')
    if (rest !== '' && !rest.startsWith(',')) return { kind: 'invalid' }
  }
  return tags.length === 0 ? { kind: 'invalid' } : { kind: 'tags', tags }
}

/** Whether the condition holds for the current strong ETag's opaque value (the version, unquoted). */
export function ifMatchHolds(condition: IfMatch, currentOpaque: string): boolean {
  if (condition.kind === 'any') return true
  if (condition.kind !== 'tags') return false
  return condition.tags.some((tag) => !tag.weak && tag.opaque === currentOpaque)
}
