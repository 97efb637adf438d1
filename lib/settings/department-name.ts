// docs/behaviour.md §3 / issue 11.5 — department names are unique per organization ignoring case, accents and spacing:
// "ventas" beside "Ventas", or "Atención" beside "atencion", would be two departments nobody can tell apart.

/**
 * The comparison key of a department name: trimmed, inner whitespace collapsed, accents removed (NFKD without
 * combining marks), lower-cased. Stored in department.name_key under a unique index, so the database refuses a
 * duplicate even when two requests race.
 */
export function departmentNameKey(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase('und').trim().replace(/\s+/gu, ' ')
}
