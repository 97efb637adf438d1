// docs/behaviour.md §5 — Prioridad de atención: who answers first when both the asesores and the assistant could.
// The values, the default and the check are written here once; the schema, the database default, new
// configurations, the editor and the change history all use them.
export const PRIORITIES = ['agents', 'assistant'] as const

export type Priority = (typeof PRIORITIES)[number]

/** Asistente Inteligente first: the priority of every new configuration and of a newly created assistant. */
export const DEFAULT_PRIORITY: Priority = 'assistant'

export function isPriority(value: unknown): value is Priority {
  return PRIORITIES.includes(value as Priority)
}
