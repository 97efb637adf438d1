// Database schema (drizzle pg-core). docs/behaviour.md §3–§7.
//
// Tenant isolation is enforced by the database, not only by the queries: every tenant table has
// `organization_id NOT NULL`, every parent exposes UNIQUE (organization_id, id), and every child references its
// parent through the pair, so a row can never point at another organization's department, scope or agent.
//
// The better-auth tables use better-auth 1.7's field names as TS keys (its drizzle adapter maps by TS key) and
// snake_case column names.
import { sql } from 'drizzle-orm'
import type { ApiKeyPermission } from '../lib/api/api-key-schema'
import type { MessageLanguage } from '../lib/out-of-hours/phrases'
import type { ScopeConfiguration } from '../lib/settings/types'
import { DEFAULT_PRIORITY, PRIORITIES, type Priority } from '../lib/routing/priority'
import {
  bigint,
  boolean,
  check,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  unique,
  type AnyPgColumn,
  uniqueIndex,
} from 'drizzle-orm/pg-core'

const timestamptz = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' })
const createdAt = () => timestamptz('created_at').notNull().defaultNow()
const newId = () => crypto.randomUUID()
/** The owning organization: every tenant row has one, and goes when its organization is deleted. */
const organizationRef = () =>
  text('organization_id')
    .notNull()
    .references((): AnyPgColumn => organization.id, { onDelete: 'cascade' })

// ---------------------------------------------------------------------------------------------------------------
// better-auth core tables
// ---------------------------------------------------------------------------------------------------------------

export const user = pgTable('user', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  email: text('email').notNull().unique(),
  emailVerified: boolean('email_verified').notNull().default(false),
  image: text('image'),
  createdAt: createdAt(),
  updatedAt: timestamptz('updated_at').notNull().defaultNow(),
})

export const session = pgTable(
  'session',
  {
    id: text('id').primaryKey(),
    expiresAt: timestamptz('expires_at').notNull(),
    token: text('token').notNull().unique(),
    createdAt: createdAt(),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
    ipAddress: text('ip_address'),
    userAgent: text('user_agent'),
    userId: text('user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    // organization plugin
    activeOrganizationId: text('active_organization_id').references(() => organization.id, {
      onDelete: 'set null',
    }),
  },
  (t) => [index('session_user_id_idx').on(t.userId)],
)

export const account = pgTable(
  'account',
  {
    id: text('id').primaryKey(),
    accountId: text('account_id').notNull(),
    providerId: text('provider_id').notNull(),
    userId: text('user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    accessToken: text('access_token'),
    refreshToken: text('refresh_token'),
    idToken: text('id_token'),
    accessTokenExpiresAt: timestamptz('access_token_expires_at'),
    refreshTokenExpiresAt: timestamptz('refresh_token_expires_at'),
    scope: text('scope'),
    password: text('password'),
    createdAt: createdAt(),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
  },
  (t) => [index('account_user_id_idx').on(t.userId)],
)

export const verification = pgTable(
  'verification',
  {
    id: text('id').primaryKey(),
    identifier: text('identifier').notNull(),
    value: text('value').notNull(),
    expiresAt: timestamptz('expires_at').notNull(),
    createdAt: createdAt(),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
  },
  (t) => [index('verification_identifier_idx').on(t.identifier)],
)

// better-auth rate limiter with `rateLimit: { storage: 'database' }`.
export const rateLimit = pgTable('rate_limit', {
  id: text('id').primaryKey(),
  key: text('key').notNull().unique(),
  count: integer('count').notNull(),
  lastRequest: bigint('last_request', { mode: 'number' }).notNull(),
})

// ---------------------------------------------------------------------------------------------------------------
// better-auth organization plugin tables (+ our additional organization fields)
// ---------------------------------------------------------------------------------------------------------------

export const ROLES = ['admin', 'staff'] as const
export type Role = (typeof ROLES)[number]

export const organization = pgTable(
  'organization',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    slug: text('slug').notNull().unique(),
    logo: text('logo'),
    metadata: text('metadata'),
    createdAt: createdAt(),
    // Additional fields (better-auth `organization({ schema: { organization: { additionalFields } } })`).
    country: text('country').notNull().default('CO'),
    timeZone: text('time_zone').notNull().default('America/Bogota'),
  },
  (t) => [
    check('organization_country_iso2', sql`${t.country} ~ '^[A-Z]{2}$'`),
    check('organization_time_zone_not_empty', sql`${t.timeZone} <> ''`),
  ],
)

export const member = pgTable(
  'member',
  {
    id: text('id').primaryKey(),
    organizationId: organizationRef(),
    userId: text('user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    role: text('role').$type<Role>().notNull().default('staff'),
    createdAt: createdAt(),
  },
  (t) => [
    // Also the target of agent.(organization_id, user_id): an agent can only be linked to a member of its org.
    unique('member_organization_user_unique').on(t.organizationId, t.userId),
    index('member_user_id_idx').on(t.userId),
    check('member_role_valid', sql`${t.role} in ('admin', 'staff')`),
  ],
)

export const invitation = pgTable(
  'invitation',
  {
    id: text('id').primaryKey(),
    organizationId: organizationRef(),
    email: text('email').notNull(),
    role: text('role').$type<Role>(),
    status: text('status').notNull().default('pending'),
    expiresAt: timestamptz('expires_at').notNull(),
    createdAt: createdAt(),
    inviterId: text('inviter_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
  },
  (t) => [
    index('invitation_organization_id_idx').on(t.organizationId),
    index('invitation_email_idx').on(t.email),
    check('invitation_role_valid', sql`${t.role} is null or ${t.role} in ('admin', 'staff')`),
  ],
)

// ---------------------------------------------------------------------------------------------------------------
// Departments and scopes (§3)
// ---------------------------------------------------------------------------------------------------------------

export const department = pgTable(
  'department',
  {
    id: text('id').primaryKey().$defaultFn(newId),
    organizationId: organizationRef(),
    name: text('name').notNull(),
    /** departmentNameKey(name) (lib/settings/department-name): unique per organization, so "ventas" and "Ventas" or
     * "Atención" and "atencion" can never both exist, even when two requests race. */
    nameKey: text('name_key').notNull(),
    position: integer('position').notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [
    unique('department_org_id_unique').on(t.organizationId, t.id),
    unique('department_org_name_key_unique').on(t.organizationId, t.nameKey),
    check('department_name_not_blank', sql`length(btrim(${t.name})) between 1 and 100`),
  ],
)

/** One row per scope: General (department_id NULL) or a department. */
export const scopeSettings = pgTable(
  'scope_settings',
  {
    id: text('id').primaryKey().$defaultFn(newId),
    organizationId: organizationRef(),
    departmentId: text('department_id'),
    usesGeneral: boolean('uses_general').notNull().default(true),
    /**
     * A department's stored configuration is its own (saved at least once with "Configuración propia"), not the
     * copy of General it was created with. While it uses General the own configuration is kept, inactive (§3), and
     * comes back on switching to its own again; without one the editor starts from a copy of the current General.
     */
    hasOwnConfig: boolean('has_own_config').notNull().default(false),
    timeZone: text('time_zone').notNull(),
    outOfHoursMessage: text('out_of_hours_message').notNull().default(''),
    /** Language of the main message (its variables render in it); versions for other languages, blank = none. */
    outOfHoursLanguage: text('out_of_hours_language').$type<MessageLanguage>().notNull().default('es'),
    outOfHoursTranslations: jsonb('out_of_hours_translations')
      .$type<Partial<Record<MessageLanguage, string>>>()
      .notNull()
      .default({}),
    priority: text('priority').$type<Priority>().notNull().default(DEFAULT_PRIORITY),
    version: integer('version').notNull().default(1),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
    updatedBy: text('updated_by').references(() => user.id, { onDelete: 'set null' }),
  },
  (t) => [
    unique('scope_settings_org_id_unique').on(t.organizationId, t.id),
    // Department scopes: one per department (NULLs are distinct, so General is covered by the partial index below).
    unique('scope_settings_org_department_unique').on(t.organizationId, t.departmentId),
    uniqueIndex('scope_settings_one_general_per_org')
      .on(t.organizationId)
      .where(sql`${t.departmentId} is null`),
    foreignKey({
      name: 'scope_settings_department_fk',
      columns: [t.organizationId, t.departmentId],
      foreignColumns: [department.organizationId, department.id],
    }).onDelete('cascade'),
    check('scope_settings_general_is_own', sql`${t.departmentId} is not null or ${t.usesGeneral} = false`),
    check(
      'scope_settings_priority_valid',
      sql`${t.priority} in (${sql.raw(PRIORITIES.map((p) => `'${p}'`).join(', '))})`,
    ),
    check('scope_settings_version_positive', sql`${t.version} >= 1`),
    check('scope_settings_message_length', sql`length(${t.outOfHoursMessage}) <= 1000`),
    check('scope_settings_message_language_valid', sql`${t.outOfHoursLanguage} in ('es', 'en', 'pt-BR')`),
    check('scope_settings_time_zone_not_empty', sql`${t.timeZone} <> ''`),
  ],
)

// ---------------------------------------------------------------------------------------------------------------
// Schedules (§4): wall-clock minutes + the scope's zone, never a time of day as a timestamp.
// ---------------------------------------------------------------------------------------------------------------

export const SCHEDULE_KINDS = ['business', 'assistant'] as const
export type ScheduleKind = (typeof SCHEDULE_KINDS)[number]

/** Weekly ranges. weekday 0 = Monday … 6 = Sunday; end_minute ≤ start_minute means the range crosses midnight. */
export const scheduleRange = pgTable(
  'schedule_range',
  {
    organizationId: text('organization_id').notNull(),
    scopeSettingsId: text('scope_settings_id').notNull(),
    kind: text('kind').$type<ScheduleKind>().notNull(),
    weekday: smallint('weekday').notNull(),
    position: smallint('position').notNull(),
    startMinute: smallint('start_minute').notNull(),
    endMinute: smallint('end_minute').notNull(),
  },
  (t) => [
    primaryKey({ name: 'schedule_range_pk', columns: [t.scopeSettingsId, t.kind, t.weekday, t.position] }),
    foreignKey({
      name: 'schedule_range_scope_fk',
      columns: [t.organizationId, t.scopeSettingsId],
      foreignColumns: [scopeSettings.organizationId, scopeSettings.id],
    }).onDelete('cascade'),
    index('schedule_range_org_idx').on(t.organizationId),
    check('schedule_range_kind_valid', sql`${t.kind} in ('business', 'assistant')`),
    check('schedule_range_weekday_valid', sql`${t.weekday} between 0 and 6`),
    check('schedule_range_start_valid', sql`${t.startMinute} between 0 and 1439`),
    check('schedule_range_end_valid', sql`${t.endMinute} between 1 and 1440`),
    check('schedule_range_not_empty', sql`${t.startMinute} <> ${t.endMinute}`),
    check('schedule_range_position_valid', sql`${t.position} >= 0`),
  ],
)

/** A date override (holiday / special date). No ranges = closed all day. */
export const scheduleOverride = pgTable(
  'schedule_override',
  {
    id: text('id').primaryKey().$defaultFn(newId),
    organizationId: text('organization_id').notNull(),
    scopeSettingsId: text('scope_settings_id').notNull(),
    kind: text('kind').$type<ScheduleKind>().notNull(),
    date: date('date', { mode: 'string' }).notNull(),
    label: text('label'),
  },
  (t) => [
    unique('schedule_override_org_id_unique').on(t.organizationId, t.id),
    unique('schedule_override_scope_date_unique').on(t.scopeSettingsId, t.kind, t.date),
    foreignKey({
      name: 'schedule_override_scope_fk',
      columns: [t.organizationId, t.scopeSettingsId],
      foreignColumns: [scopeSettings.organizationId, scopeSettings.id],
    }).onDelete('cascade'),
    index('schedule_override_org_idx').on(t.organizationId),
    check('schedule_override_kind_valid', sql`${t.kind} in ('business', 'assistant')`),
    check('schedule_override_label_length', sql`${t.label} is null or length(${t.label}) <= 200`),
  ],
)

export const scheduleOverrideRange = pgTable(
  'schedule_override_range',
  {
    organizationId: text('organization_id').notNull(),
    overrideId: text('override_id').notNull(),
    position: smallint('position').notNull(),
    startMinute: smallint('start_minute').notNull(),
    endMinute: smallint('end_minute').notNull(),
  },
  (t) => [
    primaryKey({ name: 'schedule_override_range_pk', columns: [t.overrideId, t.position] }),
    foreignKey({
      name: 'schedule_override_range_override_fk',
      columns: [t.organizationId, t.overrideId],
      foreignColumns: [scheduleOverride.organizationId, scheduleOverride.id],
    }).onDelete('cascade'),
    index('schedule_override_range_org_idx').on(t.organizationId),
    check('schedule_override_range_start_valid', sql`${t.startMinute} between 0 and 1439`),
    check('schedule_override_range_end_valid', sql`${t.endMinute} between 1 and 1440`),
    check('schedule_override_range_not_empty', sql`${t.startMinute} <> ${t.endMinute}`),
    check('schedule_override_range_position_valid', sql`${t.position} >= 0`),
  ],
)

/** At most one AI assistant per scope (§3). */
export const assistant = pgTable(
  'assistant',
  {
    id: text('id').primaryKey().$defaultFn(newId),
    organizationId: text('organization_id').notNull(),
    scopeSettingsId: text('scope_settings_id').notNull().unique('assistant_scope_unique'),
    name: text('name').notNull(),
    active: boolean('active').notNull().default(false),
    /** true = 24/7; false = its own ranges/overrides of kind 'assistant' in the scope's zone. */
    alwaysOn: boolean('always_on').notNull().default(true),
    /** With own hours: the business hours' special dates apply to the assistant too (issue 16 §4). */
    followsBusinessOverrides: boolean('follows_business_overrides').notNull().default(false),
  },
  (t) => [
    foreignKey({
      name: 'assistant_scope_fk',
      columns: [t.organizationId, t.scopeSettingsId],
      foreignColumns: [scopeSettings.organizationId, scopeSettings.id],
    }).onDelete('cascade'),
    index('assistant_org_idx').on(t.organizationId),
    check('assistant_name_not_blank', sql`length(btrim(${t.name})) between 1 and 100`),
  ],
)

// ---------------------------------------------------------------------------------------------------------------
// Agents (§5 agents online and available, §8 /agents)
// ---------------------------------------------------------------------------------------------------------------

export const PRESENCES = ['online', 'away', 'offline'] as const
export type Presence = (typeof PRESENCES)[number]

export const agent = pgTable(
  'agent',
  {
    id: text('id').primaryKey().$defaultFn(newId),
    organizationId: organizationRef(),
    name: text('name').notNull(),
    email: text('email'),
    // Composite FK (organization_id, user_id) → member(organization_id, user_id) ON DELETE SET NULL (user_id) lives
    // in the custom migration: drizzle cannot express a column list on SET NULL (PostgreSQL ≥ 15).
    userId: text('user_id'),
    presence: text('presence').$type<Presence>().notNull().default('offline'),
    presenceUpdatedAt: timestamptz('presence_updated_at').notNull().defaultNow(),
    // §5 capacity (issue 17): available = online and active_chats < max_active_chats. The count is reported by the
    // chat platform many times a second, so it is a plain column (no history, no audit row).
    maxActiveChats: integer('max_active_chats').notNull().default(20),
    activeChats: integer('active_chats').notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [
    unique('agent_org_id_unique').on(t.organizationId, t.id),
    unique('agent_org_user_unique').on(t.organizationId, t.userId),
    index('agent_org_presence_idx').on(t.organizationId, t.presence),
    check('agent_presence_valid', sql`${t.presence} in ('online', 'away', 'offline')`),
    check('agent_name_not_blank', sql`length(btrim(${t.name})) between 1 and 100`),
    check('agent_max_active_chats_range', sql`${t.maxActiveChats} between 1 and 200`),
    check('agent_active_chats_range', sql`${t.activeChats} between 0 and 10000`),
  ],
)

export const agentDepartment = pgTable(
  'agent_department',
  {
    organizationId: text('organization_id').notNull(),
    agentId: text('agent_id').notNull(),
    departmentId: text('department_id').notNull(),
  },
  (t) => [
    primaryKey({ name: 'agent_department_pk', columns: [t.agentId, t.departmentId] }),
    foreignKey({
      name: 'agent_department_agent_fk',
      columns: [t.organizationId, t.agentId],
      foreignColumns: [agent.organizationId, agent.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'agent_department_department_fk',
      columns: [t.organizationId, t.departmentId],
      foreignColumns: [department.organizationId, department.id],
    }).onDelete('cascade'),
    // Routing lookup: online agents of a department.
    index('agent_department_org_department_idx').on(t.organizationId, t.departmentId),
  ],
)

// ---------------------------------------------------------------------------------------------------------------
// Audit log (§6): append-only (UPDATE/DELETE rejected by a trigger in the custom migration).
// No FKs to user/department: the entry must outlive them (snapshots of the names are kept).
// ---------------------------------------------------------------------------------------------------------------

export type AuditChanges = Record<string, { before: unknown; after: unknown }>

export const auditLog = pgTable(
  'audit_log',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    organizationId: organizationRef(),
    at: timestamptz('at').notNull().defaultNow(),
    actorUserId: text('actor_user_id'),
    actorName: text('actor_name').notNull(),
    departmentId: text('department_id'),
    scopeName: text('scope_name').notNull(),
    action: text('action').notNull(),
    changes: jsonb('changes').$type<AuditChanges>().notNull(),
    newVersion: integer('new_version'),
    /** A restore (action 'settings.restore'): the version whose configuration it brought back. */
    restoredVersion: integer('restored_version'),
  },
  (t) => [
    // Ascending on purpose: a backward scan serves ORDER BY at DESC, id DESC (NULLS FIRST) exactly.
    index('audit_log_org_department_at_idx').on(t.organizationId, t.departmentId, t.at, t.id),
  ],
)

// ---------------------------------------------------------------------------------------------------------------
// Version snapshots (issue 16 item 1, docs/decisions/012-version-snapshots.md): the complete configuration of a
// scope as each save left it, written in the save's transaction, so any version can be shown and restored.
// Immutable (UPDATE is rejected by a trigger in the migration); rows go only with their department or organization.
// ---------------------------------------------------------------------------------------------------------------

export const scopeVersion = pgTable(
  'scope_version',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    organizationId: organizationRef(),
    /** null = General. */
    departmentId: text('department_id'),
    /** scope_settings.version after the save. */
    version: integer('version').notNull(),
    usesGeneral: boolean('uses_general').notNull(),
    hasOwnConfig: boolean('has_own_config').notNull(),
    /** The scope's stored configuration (for a department using General: its kept own one, §3), canonical. */
    config: jsonb('config').$type<ScopeConfiguration>().notNull(),
    /** Set when this version was made by restoring an earlier one. */
    restoredFrom: integer('restored_from'),
    savedByUserId: text('saved_by_user_id'),
    savedByName: text('saved_by_name').notNull(),
    savedAt: timestamptz('saved_at').notNull().defaultNow(),
  },
  (t) => [
    // Departments: one row per version (NULLs are distinct, so General is covered by the partial index below).
    unique('scope_version_org_department_version_unique').on(t.organizationId, t.departmentId, t.version),
    uniqueIndex('scope_version_general_version_unique')
      .on(t.organizationId, t.version)
      .where(sql`${t.departmentId} is null`),
    foreignKey({
      name: 'scope_version_department_fk',
      columns: [t.organizationId, t.departmentId],
      foreignColumns: [department.organizationId, department.id],
    }).onDelete('cascade'),
    check('scope_version_version_positive', sql`${t.version} >= 1`),
    check('scope_version_general_is_own', sql`${t.departmentId} is not null or ${t.usesGeneral} = false`),
  ],
)

// ---------------------------------------------------------------------------------------------------------------
// Organization API keys (issue 14, docs/decisions/005). Only a SHA-256 of the secret is stored; the secret is shown
// once at creation. The organization of an API request comes from the key alone.
// ---------------------------------------------------------------------------------------------------------------

export const apiKey = pgTable(
  'api_key',
  {
    id: text('id').primaryKey().$defaultFn(newId),
    organizationId: organizationRef(),
    name: text('name').notNull(),
    /** The first characters of the secret ("hor_AbCd1234"), to recognise a key in lists and logs. */
    prefix: text('prefix').notNull(),
    /** Hex SHA-256 of the whole secret (256 random bits: a slow hash adds nothing against guessing). */
    secretHash: text('secret_hash').notNull().unique('api_key_secret_hash_unique'),
    permissions: text('permissions').array().$type<ApiKeyPermission[]>().notNull(),
    /** Requests per minute for this key, counted in `rate_limit` so every instance shares the budget. */
    rateLimitPerMinute: integer('rate_limit_per_minute').notNull().default(600),
    createdAt: createdAt(),
    createdByUserId: text('created_by_user_id'),
    createdByName: text('created_by_name').notNull(),
    lastUsedAt: timestamptz('last_used_at'),
    revokedAt: timestamptz('revoked_at'),
  },
  (t) => [
    unique('api_key_org_id_unique').on(t.organizationId, t.id),
    index('api_key_org_idx').on(t.organizationId, t.createdAt),
    check('api_key_name_not_blank', sql`length(btrim(${t.name})) between 1 and 100`),
    check(
      'api_key_permissions_valid',
      sql`${t.permissions} <@ array['routing:read', 'settings:read', 'settings:write', 'presence:write']::text[]`,
    ),
    check('api_key_rate_limit_positive', sql`${t.rateLimitPerMinute} between 1 and 1000000`),
  ],
)

// ---------------------------------------------------------------------------------------------------------------
// Webhooks (issue 15, docs/decisions/008): endpoints, their delivery log, and the last routing answer announced
// per scope (what `routing.changed` compares against). Delivery itself runs on pg-boss (its own `pgboss` schema).
// ---------------------------------------------------------------------------------------------------------------

export const WEBHOOK_EVENT_TYPES = ['routing.changed', 'settings.updated', 'presence.changed'] as const
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number]
export const WEBHOOK_DELIVERY_STATUSES = ['pending', 'retrying', 'delivered', 'failed', 'cancelled'] as const
export type WebhookDeliveryStatus = (typeof WEBHOOK_DELIVERY_STATUSES)[number]

export const webhookEndpoint = pgTable(
  'webhook_endpoint',
  {
    id: text('id').primaryKey().$defaultFn(newId),
    organizationId: text('organization_id')
      .notNull()
      .references(() => organization.id, { onDelete: 'cascade' }),
    url: text('url').notNull(),
    description: text('description').notNull().default(''),
    events: text('events').array().$type<WebhookEventType[]>().notNull(),
    enabled: boolean('enabled').notNull().default(true),
    // AES-256-GCM under WEBHOOK_SECRET_KEY (server/webhooks/secret-box.ts): we must be able to sign, so the secret
    // cannot be hashed; the key lives outside the database.
    secretCiphertext: text('secret_ciphertext').notNull(),
    previousSecretCiphertext: text('previous_secret_ciphertext'),
    previousSecretExpiresAt: timestamptz('previous_secret_expires_at'),
    consecutiveFailures: integer('consecutive_failures').notNull().default(0),
    disabledReason: text('disabled_reason').$type<'consecutive_failures'>(),
    disabledAt: timestamptz('disabled_at'),
    createdAt: createdAt(),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
  },
  (t) => [
    unique('webhook_endpoint_org_id_unique').on(t.organizationId, t.id),
    check('webhook_endpoint_url_length', sql`length(${t.url}) between 8 and 2000`),
    check('webhook_endpoint_description_length', sql`length(${t.description}) <= 200`),
    check('webhook_endpoint_events_not_empty', sql`cardinality(${t.events}) > 0`),
  ],
)

export const webhookDelivery = pgTable(
  'webhook_delivery',
  {
    // Also the id of its pg-boss job, so re-enqueuing after a crash is idempotent.
    id: text('id').primaryKey().$defaultFn(newId),
    organizationId: text('organization_id').notNull(),
    endpointId: text('endpoint_id').notNull(),
    /** Standard Webhooks `webhook-id`: the same across retries and "Reenviar" (receivers dedupe by it). */
    webhookId: text('webhook_id').notNull(),
    eventType: text('event_type').notNull(),
    payload: jsonb('payload').$type<{ type: string; timestamp: string; data: unknown }>().notNull(),
    status: text('status').$type<WebhookDeliveryStatus>().notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    responseCode: integer('response_code'),
    latencyMs: integer('latency_ms'),
    error: text('error'),
    nextRetryAt: timestamptz('next_retry_at'),
    lastAttemptAt: timestamptz('last_attempt_at'),
    /**
     * What the delivery announces (e.g. "settings|general|7"): every instance hears a change (db/change-feed.ts) and
     * tries to write its delivery; the unique index keeps one. Null for test events and "Reenviar".
     */
    dedupeKey: text('dedupe_key'),
    createdAt: createdAt(),
    /**
     * The request body exactly as sent, serialised once when the delivery is written: every attempt and "Reenviar"
     * send these bytes (a body rebuilt from the jsonb `payload` has its keys reordered). Issue 22 item 10.
     */
    body: text('body').notNull(),
  },
  (t) => [
    uniqueIndex('webhook_delivery_endpoint_dedupe_unique').on(t.endpointId, t.dedupeKey),
    foreignKey({
      name: 'webhook_delivery_endpoint_fk',
      columns: [t.organizationId, t.endpointId],
      foreignColumns: [webhookEndpoint.organizationId, webhookEndpoint.id],
    }).onDelete('cascade'),
    index('webhook_delivery_endpoint_created_idx').on(t.organizationId, t.endpointId, t.createdAt),
    index('webhook_delivery_status_idx').on(t.status, t.createdAt),
    check(
      'webhook_delivery_status_valid',
      sql`${t.status} in ('pending', 'retrying', 'delivered', 'failed', 'cancelled')`,
    ),
  ],
)

/** Per scope: the answer last announced by `routing.changed` (or the baseline taken when watching started). */
export const webhookRoutingState = pgTable(
  'webhook_routing_state',
  {
    organizationId: text('organization_id')
      .notNull()
      .references(() => organization.id, { onDelete: 'cascade' }),
    /** 'general' or the department id (a deleted department's row is dropped on its next evaluation). */
    scopeKey: text('scope_key').notNull(),
    responder: text('responder').notNull(),
    reason: text('reason').notNull(),
    /** The instant the stored answer took effect (monotonic: an older job can never overwrite a newer answer). */
    effectiveAt: timestamptz('effective_at').notNull(),
    nextTransitionAt: timestamptz('next_transition_at'),
  },
  (t) => [primaryKey({ name: 'webhook_routing_state_pk', columns: [t.organizationId, t.scopeKey] })],
)
