// docs/behaviour.md §6 — when the form's current values cannot be evaluated, the live line says which field is wrong
// and how (the field's own message from the schema), instead of a generic "hours that don't fit": a duplicate
// special date or an empty assistant name is not an hours problem.

/** The editor card a field belongs to: its title key in the `schedules` messages. */
export type ProblemSection =
  | 'hours.title'
  | 'dates.title'
  | 'message.title'
  | 'assistant.title'
  | 'assistant.schedule.title'
  | 'priority.label'

/** The part of a zod issue this needs (no zod import: this file is part of the page's first load). */
export type IssueLike = { path: readonly PropertyKey[]; message: string }

/** Which card a form path ("config.business.overrides.2.date") is in; null for a path outside the cards. */
export function problemSection(path: readonly PropertyKey[]): ProblemSection | null {
  const parts = path.map(String)
  const rest = parts[0] === 'config' ? parts.slice(1) : parts
  const [head, next] = rest
  switch (head) {
    case 'business':
      return next === 'overrides' ? 'dates.title' : 'hours.title'
    case 'outOfHoursMessage':
    case 'outOfHoursTranslations':
    case 'outOfHoursLanguage':
      return 'message.title'
    case 'assistant':
      return next === 'schedule' ? 'assistant.schedule.title' : 'assistant.title'
    case 'priority':
      return 'priority.label'
    default:
      return null
  }
}

/** The first problem to name: its card (when known) and the field's own message. */
export function firstProblem(
  issues: readonly IssueLike[],
): { section: ProblemSection | null; message: string } | null {
  const issue = issues.find((i) => i.message.trim() !== '')
  return issue ? { section: problemSection(issue.path), message: issue.message.trim() } : null
}
