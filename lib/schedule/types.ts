// docs/behaviour.md §4 — the schedule model. Wall-clock "HH:MM" strings + an IANA zone; never a time of day as a Date.
export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun'
export type TimeRange = { start: string; end: string } // "HH:MM"; end may be "24:00"
export type DateOverride = { date: string; ranges: TimeRange[]; label?: string }
export type Schedule = { timeZone: string; weekly: Record<Weekday, TimeRange[]>; overrides: DateOverride[] }

export const WEEKDAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']
