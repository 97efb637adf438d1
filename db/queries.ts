import 'server-only'
// The app's data-access API: every function takes the organization id FIRST (the caller passes the id of the
// session's active organization, never one from the request body) and filters by it in SQL.
//
// The implementations in db/dal/* take the database as an extra first argument so that tests (and the seed) can
// run them against any database; here they are bound to the process-wide one from getDb().
import type { Db } from './connection'
import { getDb } from './client'
import { bind } from './bind'
import * as agents from './dal/agents'
import * as agentLoad from './dal/agent-load'
import * as apiKeys from './dal/api-keys'
import * as audit from './dal/audit'
import * as departments from './dal/departments'
import * as organizations from './dal/organizations'
import * as scopes from './dal/scopes'
import * as scopeVersions from './dal/scope-versions'
import * as webhooks from './dal/webhooks'
import * as webhookDeliveries from './dal/webhook-deliveries'
import { publish, type ChangeEvent } from './change-feed'

export type { Actor } from './dal/types'
export type { ScopeSummary, RoutingInputs, SaveScopeInput, SaveScopeResult } from './dal/scopes'
export type { Department, DepartmentResult } from './dal/departments'
export type { AgentSummary, AgentInput, AgentResult, Presence } from './dal/agents'
export type { AuditEntry } from './dal/audit'
export type { ScopeVersion } from './dal/scope-versions'
export type { OrganizationInfo } from './dal/organizations'
export type { ApiKeySummary } from './dal/api-keys'
export { GENERAL_SCOPE_NAME } from './dal/scopes'

/**
 * A write that, once committed, tells every running instance what changed (db/change-feed.ts), so in-memory caches
 * of routing configurations and API keys drop what is stale. `changed` maps the arguments and result to the event,
 * or null when nothing changed.
 */
function bindPublishing<Args extends [string, ...unknown[]], Result>(
  fn: (db: Db, ...args: Args) => Promise<Result>,
  changed: (result: Result, ...args: Args) => ChangeEvent | null,
) {
  return async (...args: Args): Promise<Result> => {
    const result = await fn(await getDb(), ...args)
    const event = changed(result, ...args)
    if (event) await publish(args[0], event)
    return result
  }
}

export const getOrganization = bind(organizations.getOrganization)

export const listScopes = bind(scopes.listScopes)
export const getScopeSettings = bind(scopes.getScopeSettings)
export const getAllScopeSettings = bind(scopes.getAllScopeSettings)
export const getRoutingInputs = bind(scopes.getRoutingInputs)
export const getAllRoutingInputs = bind(scopes.getAllRoutingInputs)
export const saveScopeSettings = bindPublishing(scopes.saveScopeSettings, (result, _org, departmentId) =>
  result.ok ? { kind: 'settings', scope: departmentId ?? 'general', version: result.version } : null,
)
export const ensureGeneralScope = bind(scopes.ensureGeneralScope)
export const getScopeVersion = bind(scopeVersions.getScopeVersion)

export const listDepartments = bind(departments.listDepartments)
const departmentsChanged = (result: unknown): ChangeEvent | null =>
  result === false || (typeof result === 'object' && result !== null && 'ok' in result && result.ok === false)
    ? null
    : { kind: 'departments' }
export const createDepartment = bindPublishing(departments.createDepartment, departmentsChanged)
export const renameDepartment = bindPublishing(departments.renameDepartment, departmentsChanged)
export const deleteDepartment = bindPublishing(departments.deleteDepartment, departmentsChanged)

export const listAgents = bind(agents.listAgents)
export const getAgent = bind(agents.getAgent)
export const getAgentByUserId = bind(agents.getAgentByUserId)
export const setAgentPresence = bindPublishing(agents.setAgentPresence, (updated, _org, agentId) =>
  updated ? { kind: 'presence', id: agentId } : null,
)
// §5 capacity: only a write that flips an online agent's room changes any count, so only that is announced.
export const setAgentLoad = bindPublishing(agentLoad.setAgentLoad, (row, _org, agentId) =>
  row?.availabilityChanged ? { kind: 'load', id: agentId } : null,
)
export const setAgentLoads = bindPublishing(agentLoad.setAgentLoads, (result) =>
  result.ok && result.agents.some((row) => row.availabilityChanged) ? { kind: 'load' } : null,
)
export const createAgent = bindPublishing(agents.createAgent, (result) =>
  result.ok ? { kind: 'agents', id: result.agent.id } : null,
)
export const updateAgent = bindPublishing(agents.updateAgent, (result, _org, agentId) =>
  result.ok ? { kind: 'agents', id: agentId } : null,
)
export const deleteAgent = bindPublishing(agents.deleteAgent, (deleted, _org, agentId) =>
  deleted ? { kind: 'agents', id: agentId } : null,
)
export const countOnlineAgents = bind(scopes.countOnlineAgents)

export const listAuditEntries = bind(audit.listAuditEntries)

export const listApiKeys = bind(apiKeys.listApiKeys)
export const createApiKey = bind(apiKeys.createApiKey)
export const revokeApiKey = bindPublishing(apiKeys.revokeApiKey, (revoked, _org, keyId) =>
  revoked ? { kind: 'key', id: keyId } : null,
)

export type { WebhookEndpointSummary } from './dal/webhooks'
export type { DeliveryLogEntry } from './dal/webhook-deliveries'
export const listWebhookEndpoints = bind(webhooks.listWebhookEndpoints)
export const listWebhookDeliveries = bind(webhookDeliveries.listDeliveries)
export const createWebhookEndpoint = bind(webhooks.createWebhookEndpoint)
export const updateWebhookEndpoint = bind(webhooks.updateWebhookEndpoint)
export const deleteWebhookEndpoint = bind(webhooks.deleteWebhookEndpoint)
export const rotateWebhookSecret = bind(webhooks.rotateWebhookSecret)
export const getWebhookEndpointForDelivery = bind(webhooks.getEndpointForDelivery)
