// docs/behaviour.md §4 limits of a schedule, apart from ScheduleSchema so that UI code can show them without loading zod.
export const MAX_RANGES_PER_DAY = 10
export const MAX_OVERRIDES = 400
export const MAX_LABEL_LENGTH = 80
