// docs/behaviour.md §4 limits of a schedule, apart from ScheduleSchema so that UI code can show them without loading zod.
export const MAX_RANGES_PER_DAY = 10
export const MAX_OVERRIDES = 400
export const MAX_LABEL_LENGTH = 80
/** Special dates lie in this window of years (a year-0 date once reached PostgreSQL and failed with a 500). */
export const MIN_DATE_YEAR = 2000
export const MAX_DATE_YEAR = 2100
