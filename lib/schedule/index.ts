// docs/behaviour.md §4 — public API of the schedule engine. Pure TypeScript: no I/O, no clock; runs on server and browser.
export type { Schedule, TimeRange, DateOverride, Weekday } from './types'
export { WEEKDAYS } from './types'
export { isOpen, nextChange, openIntervals, HORIZON_DAYS } from './engine'
export { parseTime, formatMinutes, parseDate, formatDate, MINUTES_PER_DAY } from './time'
export { emptyWeek, sameEveryDay, alwaysOpen, alwaysClosed } from './constructors'
export {
  ScheduleSchema,
  TimeSchema,
  EndTimeSchema,
  TimeZoneSchema,
  TimeRangeSchema,
  DateOverrideSchema,
  WeeklySchema,
  createScheduleSchemas,
  isValidTimeZone,
  DateSchema,
  MAX_RANGES_PER_DAY,
  MAX_OVERRIDES,
  MAX_LABEL_LENGTH,
  SCHEDULE_MESSAGES_ES,
  type ScheduleIssueCode,
  type ScheduleMessages,
} from './schedule-schema'
export { isKnownTimeZone, listTimeZones } from './time-zones'
