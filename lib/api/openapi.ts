// Issue 14 — the OpenAPI 3.1 document of the public API, generated from the same zod schemas the route handlers
// parse with (zod-openapi). Served at /api/v1/openapi.json, committed as docs/api/openapi.json (`npm run
// api:generate`; a test fails when the committed copy drifts), rendered at /docs/api.
import { z } from 'zod'
import {
  createDocument,
  type ZodOpenApiHeadersObject,
  type ZodOpenApiOperationObject,
  type ZodOpenApiResponseObject,
  type ZodOpenApiResponsesObject,
} from 'zod-openapi'
import {
  AgentIdSchema,
  AgentListSchema,
  AgentLoadListSchema,
  AgentLoadSchema,
  AgentSchema,
  BatchDecisionRequestSchema,
  BatchDecisionResponseSchema,
  DecisionQuerySchema,
  DecisionRequestSchema,
  DecisionSchema,
  EffectiveHoursQuerySchema,
  EffectiveHoursSchema,
  HealthSchema,
  LoadBatchBodySchema,
  LoadBodySchema,
  PresenceBodySchema,
  ProblemSchema,
  ReadySchema,
  ScopeIdSchema,
  ScopeListSchema,
  ScopeSettingsBodySchema,
  ScopeSettingsResponseSchema,
} from './api-schemas'
import {
  BusinessTimeAddQuerySchema,
  BusinessTimeAddSchema,
  BusinessTimeQuerySchema,
  BusinessTimeSchema,
} from './business-time-schemas'
import type { ApiKeyPermission } from './api-key-schema'

const problem = (description: string): ZodOpenApiResponseObject => ({
  description,
  content: { 'application/problem+json': { schema: ProblemSchema } },
})

const RATE_HEADERS: ZodOpenApiHeadersObject = {
  RateLimit: {
    description: 'What is left of the policy: "per-key";r=<remaining>;t=<seconds to reset>',
    schema: { type: 'string' as const },
  },
  'RateLimit-Policy': {
    description: 'The per-key limit: "per-key";q=<requests>;w=60',
    schema: { type: 'string' as const },
  },
}

function errors(codes: number[]): ZodOpenApiResponsesObject {
  const all: Record<number, ZodOpenApiResponseObject> = {
    400: problem('Invalid input: each field path and message in `errors`'),
    401: problem('Missing, invalid or revoked API key'),
    403: problem('The key lacks the permission'),
    404: problem('No such scope or agent in the organization of the key'),
    412: problem('If-Match is stale: the settings changed since; the response ETag is the current version'),
    413: problem('Body over 256 KB'),
    415: problem('Body is not application/json'),
    428: problem('If-Match missing'),
    429: {
      ...problem(
        'Over the per-key rate limit, or too many unknown keys from this address (for up to 10 minutes)',
      ),
      headers: {
        'Retry-After': {
          description: 'Seconds to wait',
          schema: { type: 'integer', minimum: 1, maximum: 600 },
        },
        ...RATE_HEADERS,
      },
    },
    500: problem('Unexpected error (the requestId helps support find it)'),
    503: {
      ...problem('The database is unreachable for now (as /api/ready says); retry after Retry-After seconds'),
      headers: {
        'Retry-After': {
          description: 'Seconds to wait',
          schema: { type: 'integer', minimum: 1, maximum: 60 },
        },
      },
    },
  }
  return Object.fromEntries(codes.map((code) => [String(code), all[code]!]))
}

const ok = (
  description: string,
  schema: z.ZodType,
  headers?: ZodOpenApiHeadersObject,
): ZodOpenApiResponseObject => ({
  description,
  headers: { ...RATE_HEADERS, ...headers },
  content: { 'application/json': { schema } },
})

function operation(
  permissions: ApiKeyPermission[],
  op: Omit<ZodOpenApiOperationObject, 'security'> & { responses: ZodOpenApiResponsesObject },
): ZodOpenApiOperationObject {
  return {
    ...op,
    // Any operation may meet a database outage (issue 22 item 4).
    responses: { ...op.responses, ...errors([503]) },
    description:
      `${op.description ?? ''}\n\nPermission: ${permissions.map((p) => `\`${p}\``).join(' or ')}.`.trim(),
    security: [{ apiKey: [] }],
  }
}

/** Health checks take no key; a request can still be refused before they run (by the server, not by them). */
const REFUSED_BEFORE_CHECK: ZodOpenApiResponseObject = {
  description:
    'Refused before the check runs, e.g. 431 when the request headers are too large; no body is promised',
}

/**
 * Every nullable value as OpenAPI 3.1 `type: [T, "null"]` instead of `anyOf: [{type: T}, {type: "null"}]`: the
 * same JSON Schema, but Scalar (the /docs/api reference) fails its own document check ("document validation
 * errors: /components/schemas/Decision") on an `anyOf` property of a schema used in several places.
 */
function nullablesAsTypeArrays(node: unknown): void {
  if (Array.isArray(node)) return node.forEach(nullablesAsTypeArrays)
  if (!node || typeof node !== 'object') return
  const schema = node as Record<string, unknown>
  Object.values(schema).forEach(nullablesAsTypeArrays)
  const members = schema.anyOf
  if (!Array.isArray(members) || members.length !== 2) return
  const isNull = (m: Record<string, unknown>) => m.type === 'null' && Object.keys(m).length === 1
  const [a, b] = members as Record<string, unknown>[]
  const value = isNull(b!) ? a! : isNull(a!) ? b! : null
  if (!value || typeof value.type !== 'string' || '$ref' in value || 'const' in value) return
  delete schema.anyOf
  Object.assign(schema, { ...value, ...schema, type: [value.type, 'null'] })
  if (Array.isArray(value.enum)) schema.enum = [...(value.enum as unknown[]), null]
}

const scopePath = z.object({ scope: ScopeIdSchema })
const ETAG: ZodOpenApiHeadersObject = {
  ETag: { description: 'The settings version, quoted', schema: { type: 'string' as const } },
}

export function createApiDocument() {
  const document = createDocument({
    openapi: '3.1.0',
    info: {
      title: 'Horarios API',
      version: '1.0.0',
      description:
        'Who answers a conversation now, why and until when; business hours, settings and agent presence of one organization. ' +
        'Authenticate with an organization API key (Ajustes → API): `Authorization: Bearer <key>`. Errors are RFC 9457 problem details.',
    },
    servers: [{ url: '/' }],
    components: {
      securitySchemes: {
        apiKey: { type: 'http', scheme: 'bearer', description: 'An organization API key (hor_…)' },
      },
    },
    paths: {
      '/api/v1/scopes': {
        get: operation(['routing:read', 'settings:read'], {
          operationId: 'listScopes',
          summary: 'General and each department',
          responses: {
            '200': ok('The scopes, General first', ScopeListSchema),
            ...errors([401, 403, 429, 500]),
          },
        }),
      },
      '/api/v1/routing/decision': {
        get: operation(['routing:read'], {
          operationId: 'getDecision',
          summary: 'Who answers a new conversation',
          description:
            "Responder, reason, until, next opening and the out-of-hours message when closed. `agentsOnline` defaults to the scope's current presence count.",
          requestParams: { query: DecisionQuerySchema },
          responses: { '200': ok('The decision', DecisionSchema), ...errors([400, 401, 403, 404, 429, 500]) },
        }),
      },
      '/api/v1/routing/decisions': {
        post: operation(['routing:read'], {
          operationId: 'getDecisions',
          summary: 'Up to 200 decisions in one call',
          requestBody: {
            required: true,
            content: { 'application/json': { schema: BatchDecisionRequestSchema } },
          },
          responses: {
            '200': ok('The decisions, in the order asked', BatchDecisionResponseSchema),
            ...errors([400, 401, 403, 404, 413, 415, 429, 500]),
          },
        }),
      },
      '/api/v1/routing/overflow': {
        post: operation(['routing:read'], {
          operationId: 'getOverflow',
          summary: 'Desbordar: who takes a conversation the assistant hands over',
          requestBody: { required: true, content: { 'application/json': { schema: DecisionRequestSchema } } },
          responses: {
            '200': ok('Agents, queue or closed (with the next opening)', DecisionSchema),
            ...errors([400, 401, 403, 404, 413, 415, 429, 500]),
          },
        }),
      },
      '/api/v1/scopes/{scope}/effective-hours': {
        get: operation(['routing:read', 'settings:read'], {
          operationId: 'getEffectiveHours',
          summary: 'Business and assistant hours as concrete intervals (at most 92 days)',
          requestParams: { path: scopePath, query: EffectiveHoursQuerySchema },
          responses: {
            '200': ok('The intervals', EffectiveHoursSchema),
            ...errors([400, 401, 403, 404, 429, 500]),
          },
        }),
      },
      '/api/v1/scopes/{scope}/business-time': {
        get: operation(['routing:read', 'settings:read'], {
          operationId: 'getBusinessTime',
          summary: 'Business minutes between two instants (the business or the assistant hours)',
          requestParams: { path: scopePath, query: BusinessTimeQuerySchema },
          responses: {
            '200': ok('The open time in [from, to)', BusinessTimeSchema),
            ...errors([400, 401, 403, 404, 429, 500]),
          },
        }),
      },
      '/api/v1/scopes/{scope}/business-time/add': {
        get: operation(['routing:read', 'settings:read'], {
          operationId: 'addBusinessTime',
          summary: 'The instant a number of business minutes after another (an SLA deadline)',
          requestParams: { path: scopePath, query: BusinessTimeAddQuerySchema },
          responses: {
            '200': ok('The instant, or null when not reached', BusinessTimeAddSchema),
            ...errors([400, 401, 403, 404, 429, 500]),
          },
        }),
      },
      '/api/v1/scopes/{scope}/settings': {
        get: operation(['settings:read', 'settings:write'], {
          operationId: 'getScopeSettings',
          summary: "A scope's settings (ETag = version)",
          requestParams: { path: scopePath },
          responses: {
            '200': ok('The settings', ScopeSettingsResponseSchema, ETAG),
            ...errors([400, 401, 403, 404, 429, 500]),
          },
        }),
        put: operation(['settings:write'], {
          operationId: 'putScopeSettings',
          summary: "Replace a scope's settings (If-Match required)",
          description:
            'Same body and validation as the Horarios editor; audited with the API key as the actor.',
          requestParams: {
            path: scopePath,
            header: z.object({
              'if-match': z.string().meta({
                description:
                  'The ETag from GET (compared strongly: a weak W/"…" never matches), a comma-separated list of them (any may match), or `*` (whatever the current version is).',
                example: '"3"',
              }),
            }),
          },
          requestBody: {
            required: true,
            content: { 'application/json': { schema: ScopeSettingsBodySchema } },
          },
          responses: {
            '200': ok('Saved; the new settings and ETag', ScopeSettingsResponseSchema, ETAG),
            ...errors([400, 401, 403, 404, 412, 413, 415, 428, 429, 500]),
          },
        }),
      },
      '/api/v1/agents': {
        get: operation(['routing:read', 'presence:write'], {
          operationId: 'listAgents',
          summary: 'Agents, their presence and departments',
          responses: { '200': ok('The agents', AgentListSchema), ...errors([401, 403, 429, 500]) },
        }),
      },
      '/api/v1/agents/{agentId}/presence': {
        put: operation(['presence:write'], {
          operationId: 'putAgentPresence',
          summary: "Set an agent's presence",
          requestParams: { path: z.object({ agentId: AgentIdSchema }) },
          requestBody: { required: true, content: { 'application/json': { schema: PresenceBodySchema } } },
          responses: {
            '200': ok('The agent', AgentSchema),
            ...errors([400, 401, 403, 404, 413, 415, 429, 500]),
          },
        }),
      },
      '/api/v1/agents/{agentId}/load': {
        put: operation(['presence:write'], {
          operationId: 'putAgentLoad',
          summary: 'Set how many chats an agent has open (and how many they can take)',
          description:
            'Available = online and active chats below the maximum. Not audited; a decision made after this answer sees it.',
          requestParams: { path: z.object({ agentId: AgentIdSchema }) },
          requestBody: { required: true, content: { 'application/json': { schema: LoadBodySchema } } },
          responses: {
            '200': ok('The agent’s load', AgentLoadSchema),
            ...errors([400, 401, 403, 404, 413, 415, 429, 500]),
          },
        }),
      },
      '/api/v1/agents/load': {
        put: operation(['presence:write'], {
          operationId: 'putAgentLoads',
          summary: 'Set the active chats of several agents at once (all or none)',
          description:
            'An unknown agent anywhere → 404 naming it (`errors[].path` = `agents.<i>.id`), nothing saved.',
          requestBody: { required: true, content: { 'application/json': { schema: LoadBatchBodySchema } } },
          responses: {
            '200': ok('Each agent’s load, in order', AgentLoadListSchema),
            ...errors([400, 401, 403, 404, 413, 415, 429, 500]),
          },
        }),
      },
      '/api/health': {
        get: {
          operationId: 'health',
          summary: 'Liveness',
          security: [],
          responses: {
            '200': { description: 'Alive', content: { 'application/json': { schema: HealthSchema } } },
            '4XX': REFUSED_BEFORE_CHECK,
          },
        },
      },
      '/api/ready': {
        get: {
          operationId: 'ready',
          summary: 'Readiness (database reachable, migrations current, not shutting down)',
          security: [],
          responses: {
            '200': { description: 'Ready', content: { 'application/json': { schema: ReadySchema } } },
            '4XX': REFUSED_BEFORE_CHECK,
            '503': { description: 'Not ready', content: { 'application/json': { schema: ReadySchema } } },
          },
        },
      },
    },
  })
  nullablesAsTypeArrays(document)
  return document
}
