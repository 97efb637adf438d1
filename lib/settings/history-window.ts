// docs/behaviour.md §6 › Historial de cambios — how many entries the editor's page shows. The history is rendered on
// the server and every entry is sent twice (HTML and the React payload, ~2.7 KB together), so the page shows the
// latest three and "Ver cambios anteriores" asks for more (?history=N), which also works without JavaScript.
export const HISTORY_FIRST = 3
export const HISTORY_STEP = 25
export const HISTORY_MAX = 200

/** The number of entries to show for a `?history=` value: the default unless it is a whole number in range. */
export function historyLimit(param: string | string[] | undefined): number {
  const raw = Array.isArray(param) ? param[0] : param
  if (raw === undefined || !/^\d{1,4}$/.test(raw)) return HISTORY_FIRST
  return Math.min(HISTORY_MAX, Math.max(HISTORY_FIRST, Number(raw)))
}

/**
 * What "Ver cambios anteriores" asks for after showing `limit` entries (the next multiple of 25); null when the
 * page already shows the most.
 */
export function nextHistoryLimit(limit: number): number | null {
  if (limit >= HISTORY_MAX) return null
  return Math.min(HISTORY_MAX, (Math.floor(limit / HISTORY_STEP) + 1) * HISTORY_STEP)
}
