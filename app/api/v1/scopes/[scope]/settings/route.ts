// GET/PUT /api/v1/scopes/{scope}/settings (issue 14): read with an ETag (= the version); write with If-Match,
// parsed by the editor's own schema and saved by the editor's own db/ function — same rules, same audit entry
// (the key is the actor), same history on the Horarios page.
import { getOrganization, getScopeSettings, saveScopeSettings } from '@/db/queries'
import { ScopeIdSchema } from '@/lib/api/api-schemas'
import { departmentIdOf, scopeKey } from '@/lib/preview/overview'
import { ifMatchHolds, parseIfMatch } from '@/lib/api/if-match'
import { configSource } from '@/lib/routing'
import type { ScopeSettings } from '@/lib/settings/types'
import { apiRoute, json, notFound, parseWith, type ApiContext } from '@/server/api/handler'
import { ProblemError } from '@/server/api/problem'
import { scopeSettingsSchemaFor } from '@/server/scope-settings-schemas'
import { otherMethods } from '@/server/api/methods'

const etag = (version: number) => `"${version}"`
const IF_MATCH_FORMAT =
  'Expected * or one or more ETags from GET …/settings, e.g. "7" (weak W/"…" tags never match)'

async function load(organizationId: string, scopeId: string) {
  const departmentId = departmentIdOf(scopeId)
  const [settings, general] = await Promise.all([
    getScopeSettings(organizationId, departmentId),
    departmentId === null ? null : getScopeSettings(organizationId, null),
  ])
  if (!settings) notFound(`No scope "${scopeId}" in this organization.`)
  return { settings, general: general ?? settings, departmentId }
}

function body(settings: ScopeSettings, general: ScopeSettings) {
  return {
    scope: {
      id: scopeKey(settings.departmentId),
      name: settings.name,
      configSource: configSource(general, settings.departmentId === null ? null : settings),
    },
    version: settings.version,
    updatedAt: settings.updatedAt.toISOString(),
    usesGeneral: settings.usesGeneral,
    config: settings.config,
  }
}

function scopeParam({ params }: Pick<ApiContext, 'params'>) {
  return parseWith(ScopeIdSchema, params.scope, 'scope')
}

export const GET = apiRoute({ permissions: ['settings:read', 'settings:write'] }, async (context) => {
  const { settings, general } = await load(context.key.organizationId, scopeParam(context))
  return json(body(settings, general), { headers: { etag: etag(settings.version) } })
})

export const PUT = apiRoute({ permissions: ['settings:write'] }, async (context) => {
  const { key, request } = context
  const scopeId = scopeParam(context)
  const condition = parseIfMatch(request.headers.get('if-match'))
  const current = await load(key.organizationId, scopeId)
  if (condition.kind === 'absent') {
    throw new ProblemError(
      'precondition-required',
      'Send If-Match with the ETag from GET …/settings, so that a change made meanwhile is not overwritten.',
      { headers: { etag: etag(current.settings.version) } },
    )
  }
  if (condition.kind === 'invalid') {
    throw new ProblemError('validation', IF_MATCH_FORMAT, {
      errors: [{ path: 'If-Match', message: IF_MATCH_FORMAT }],
    })
  }
  const organization = await getOrganization(key.organizationId)
  const input = parseWith(scopeSettingsSchemaFor('en', organization?.name ?? ''), await context.body())
  // RFC 9110 §13.1.1: strong comparison; `*` and a list member naming the current version both hold.
  if (!ifMatchHolds(condition, String(current.settings.version))) {
    throw new ProblemError('precondition-failed', `The current version is ${current.settings.version}.`, {
      headers: { etag: etag(current.settings.version) },
    })
  }
  // The version the condition held for: a save made since then still fails (412 below), also for `*`.
  const expected = current.settings.version
  const result = await saveScopeSettings(
    key.organizationId,
    current.departmentId,
    { expectedVersion: expected, usesGeneral: input.usesGeneral, config: input.config },
    { userId: null, name: `API: ${key.name} (${key.prefix}…)` },
  )
  if (!result.ok) {
    if (result.reason === 'not_found') notFound(`No scope "${scopeId}" in this organization.`)
    const latest = await load(key.organizationId, scopeId)
    throw new ProblemError('precondition-failed', `The current version is ${latest.settings.version}.`, {
      headers: { etag: etag(latest.settings.version) },
    })
  }
  const saved = await load(key.organizationId, scopeId)
  return json(body(saved.settings, saved.general), { headers: { etag: etag(saved.settings.version) } })
})

// Every other method: 405 problem JSON with Allow (server/api/methods.ts).
export const { HEAD, OPTIONS, POST, DELETE, PATCH } = otherMethods({ GET, PUT })
