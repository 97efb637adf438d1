import { createAccessControl } from 'better-auth/plugins/access'
import { defaultStatements } from 'better-auth/plugins/organization/access'

/**
 * docs/behaviour.md §7 — the permissions, declared once. The organization plugin uses them for its own member endpoints, and
 * our server actions ask `can(role, …)` before every write. Admins hold every action on our own resources.
 */
const appStatements = {
  settings: ['read', 'update'],
  preview: ['read'],
  agents: ['read', 'manage'],
  presence: ['update-own', 'update-any'],
  audit: ['read'],
  apiKey: ['manage'],
  webhooks: ['read', 'manage'],
} as const

export const statements = { ...defaultStatements, ...appStatements } as const

export const ac = createAccessControl(statements)

export const adminRole = ac.newRole({
  organization: ['update'],
  member: ['create', 'update', 'delete'],
  invitation: ['create', 'cancel'],
  ...appStatements,
})

export const staffRole = ac.newRole({
  settings: ['read'],
  preview: ['read'],
  agents: ['read'],
  presence: ['update-own'],
  audit: ['read'],
  // Staff see the webhook endpoints and their delivery log, read-only (issue 15).
  webhooks: ['read'],
})

export const roles = { admin: adminRole, staff: staffRole } as const
export type Role = keyof typeof roles
export const ROLES = Object.keys(roles) as Role[]

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && value in roles
}

type Statements = typeof statements
export type Permission = { [K in keyof Statements]?: Statements[K][number][] }

/** True when `role` grants every listed action. Unknown roles grant nothing. */
export function can(role: string | null | undefined, permission: Permission): boolean {
  if (!isRole(role)) return false
  return roles[role].authorize(permission as never).success
}
