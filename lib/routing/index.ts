// docs/behaviour.md §5 — the routing engine: pure functions of (configuration, instant, agents online and available), built on lib/schedule.
export type { CoverageSegment, Decision, Priority, Reason, Responder, RoutingConfig } from './types'
export { decide, overflow } from './decide'
export { coverage } from './coverage'
export { coverageWarnings, type CoverageWarning, type CoverageWarningCode } from './warnings'
export { configSource, resolveScope, resolveScopeConfig, toRoutingConfig, type ConfigSource } from './scope'
export { assistantScheduleOf, withBusinessOverrides } from './assistant-schedule'
export {
  agentCounts,
  countAgents,
  isAvailable,
  isOnline,
  DEFAULT_MAX_ACTIVE_CHATS,
  MAX_ACTIVE_CHATS,
  MAX_MAX_ACTIVE_CHATS,
  MIN_MAX_ACTIVE_CHATS,
  type AgentCounts,
  type AgentLoad,
  type AgentsInput,
  type ScopeLoad,
} from './capacity'
