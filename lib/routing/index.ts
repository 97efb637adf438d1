// docs/behaviour.md §5 — the routing engine: pure functions of (configuration, instant, agents online), built on lib/schedule.
export type { CoverageSegment, Decision, Priority, Reason, Responder, RoutingConfig } from './types'
export { decide, overflow } from './decide'
export { coverage } from './coverage'
export { coverageWarnings, type CoverageWarning, type CoverageWarningCode } from './warnings'
export { configSource, resolveScope, resolveScopeConfig, toRoutingConfig, type ConfigSource } from './scope'
export { assistantScheduleOf, withBusinessOverrides } from './assistant-schedule'
