// The Horarios routes of a scope (docs/behaviour.md §8). Kept apart from scope-target.ts, whose schemas import zod:
// the scope list links here on first load, and zod is ~30 KB of the first-load budget (docs/decisions/003).

/** The Horarios editor of a scope (null = General). */
export function scopeHref(departmentId: string | null): string {
  return departmentId ? `/settings/schedules/${encodeURIComponent(departmentId)}` : '/settings/schedules'
}

/** One saved version of a scope, read-only, with its restore (docs/behaviour.md §6 › Versions). */
export function versionHref(departmentId: string | null, version: number): string {
  return `${scopeHref(departmentId)}/versions/${version}`
}
