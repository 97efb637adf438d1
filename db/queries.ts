import 'server-only'
// The app's data-access API: every function takes the organization id FIRST (the caller passes the id of the
// session's active organization, never one from the request body) and filters by it in SQL.
//
// The implementations in db/dal/* take the database as an extra first argument so that tests (and the seed) can
// run them against any database; here they are bound to the process-wide one from getDb().
import type { Db } from './connection'
import { getDb } from './client'
import * as agents from './dal/agents'
import * as audit from './dal/audit'
import * as departments from './dal/departments'
import * as organizations from './dal/organizations'
import * as scopes from './dal/scopes'

export type { Actor } from './dal/types'
export type { ScopeSummary, RoutingInputs, SaveScopeInput, SaveScopeResult } from './dal/scopes'
export type { Department, DepartmentResult } from './dal/departments'
export type { AgentSummary, AgentInput, AgentResult, Presence } from './dal/agents'
export type { AuditEntry } from './dal/audit'
export type { OrganizationInfo } from './dal/organizations'
export { GENERAL_SCOPE_NAME } from './dal/scopes'

function bind<Args extends unknown[], Result>(fn: (db: Db, ...args: Args) => Promise<Result>) {
  return async (...args: Args): Promise<Result> => fn(await getDb(), ...args)
}

export const getOrganization = bind(organizations.getOrganization)

export const listScopes = bind(scopes.listScopes)
export const getScopeSettings = bind(scopes.getScopeSettings)
export const getAllScopeSettings = bind(scopes.getAllScopeSettings)
export const getRoutingInputs = bind(scopes.getRoutingInputs)
export const getAllRoutingInputs = bind(scopes.getAllRoutingInputs)
export const saveScopeSettings = bind(scopes.saveScopeSettings)
export const ensureGeneralScope = bind(scopes.ensureGeneralScope)

export const listDepartments = bind(departments.listDepartments)
export const createDepartment = bind(departments.createDepartment)
export const renameDepartment = bind(departments.renameDepartment)
export const deleteDepartment = bind(departments.deleteDepartment)

export const listAgents = bind(agents.listAgents)
export const getAgent = bind(agents.getAgent)
export const getAgentByUserId = bind(agents.getAgentByUserId)
export const setAgentPresence = bind(agents.setAgentPresence)
export const createAgent = bind(agents.createAgent)
export const updateAgent = bind(agents.updateAgent)
export const deleteAgent = bind(agents.deleteAgent)
export const countOnlineAgents = bind(scopes.countOnlineAgents)

export const listAuditEntries = bind(audit.listAuditEntries)
