// docs/behaviour.md §3 / §4 / §6 — the ONE schema of what the Horarios editor submits for a scope. The form validates with it
// (zodResolver) and the server action parses the same payload with it again. Built on lib/schedule's
// ScheduleSchema, so every issue carries the exact field path (e.g. config.business.weekly.mon.1.start).
//
// Payload shape (= form values): { usesGeneral, config: ScopeConfiguration }. Unknown keys (organizationId,
// version, departmentId…) are rejected: nothing the client sends can choose the organization or the version.
import { z } from 'zod'
import {
  createScheduleSchemas,
  SCHEDULE_MESSAGES_ES,
  type ScheduleMessages,
} from '../schedule/schedule-schema'
import { canonicalMessages } from '../out-of-hours/canonical'
import { MESSAGE_LANGUAGES, type MessageLanguage } from '../out-of-hours/phrases'
import { renderedWorstCase, unknownPlaceholders } from '../out-of-hours/render'
import { isAlwaysOpen } from './always-open'
import type { ScopeConfiguration, ScopeFormValues } from './types'
import { PRIORITIES } from '../routing/priority'
import { isStorableText } from '../text/safe-text'
import { characterCount, MAX_ASSISTANT_NAME_LENGTH, MAX_MESSAGE_LENGTH } from './scope-settings-values'

export { characterCount, MAX_ASSISTANT_NAME_LENGTH, MAX_MESSAGE_LENGTH, PRIORITIES }
export { toFormValues } from './scope-settings-values'

export type ScopeSettingsIssueCode =
  | 'invalid_value'
  | 'unknown_field'
  | 'message_required'
  | 'message_too_long'
  | 'message_unknown_placeholder'
  | 'invalid_characters'
  | 'assistant_name_required'
  | 'assistant_name_too_long'
  | 'invalid_priority'

export type ScopeSettingsMessages = ScheduleMessages & {
  invalid_value: () => string
  unknown_field: () => string
  message_required: () => string
  message_too_long: (p: { max: number }) => string
  message_unknown_placeholder: (p: { names: string }) => string
  invalid_characters: () => string
  assistant_name_required: () => string
  assistant_name_too_long: (p: { max: number }) => string
  invalid_priority: () => string
}

export const SCOPE_SETTINGS_MESSAGES_ES: ScopeSettingsMessages = {
  ...SCHEDULE_MESSAGES_ES,
  invalid_value: () => 'Valor inválido',
  unknown_field: () => 'Campo no permitido',
  message_required: () => 'Escribe el mensaje fuera de horario (es obligatorio si no atiendes 24/7)',
  message_too_long: ({ max }) =>
    `El mensaje admite como máximo ${max} caracteres, contando las variables en su valor más largo`,
  message_unknown_placeholder: ({ names }) =>
    `${names}: no es una variable conocida. Usa las del menú «Insertar variable».`,
  invalid_characters: () => 'Contiene caracteres no permitidos',
  assistant_name_required: () => 'Escribe un nombre para el asistente',
  assistant_name_too_long: ({ max }) => `El nombre admite como máximo ${max} caracteres`,
  invalid_priority: () => 'Elige Asesores Humanos o Asistente Inteligente',
}

// NUL (PostgreSQL text cannot hold it) or a lone surrogate (not Unicode: the jsonb audit row fails) in any text
// field is refused here, in the one schema the form, the save action and the API's PUT …/settings share, so each
// of them answers "invalid characters" at the field instead of a 500 (issue 22 item 2).
const isUnstorable = (value: unknown) => typeof value === 'string' && !isStorableText(value)

/**
 * The message is limited on its rendered worst case (every variable at its longest). `companyName` is what
 * {empresa} becomes; without it {empresa} counts as the longest organization name allowed.
 */
export type ScopeSettingsSchemaOptions = { companyName?: string }

export function createScopeSettingsSchema(
  overrides: Partial<ScopeSettingsMessages> = {},
  options: ScopeSettingsSchemaOptions = {},
) {
  const m: ScopeSettingsMessages = { ...SCOPE_SETTINGS_MESSAGES_ES, ...overrides }
  const { ScheduleSchema } = createScheduleSchemas(m)
  // invalid_type → "Valor inválido"; unrecognized_keys (strictObject) → "Campo no permitido".
  const objectError = (issue: { code?: string }) =>
    issue.code === 'unrecognized_keys' ? m.unknown_field() : m.invalid_value()
  const invalid = () => m.invalid_value()

  const AssistantSchema = z.strictObject(
    {
      name: z
        .string({ error: invalid })
        .trim()
        .min(1, { error: () => m.assistant_name_required() })
        .max(MAX_ASSISTANT_NAME_LENGTH, {
          error: () => m.assistant_name_too_long({ max: MAX_ASSISTANT_NAME_LENGTH }),
        })
        .refine(isStorableText, { error: () => m.invalid_characters() }),
      active: z.boolean({ error: invalid }),
      /** null = Siempre (24/7); otherwise its own weekly hours + dates, evaluated in the scope's time zone. */
      schedule: ScheduleSchema.nullable(),
      /** Own hours also take the business hours' special dates (issue 16 §4); absent = off. */
      followsBusinessOverrides: z.boolean({ error: invalid }).optional(),
    },
    { error: objectError },
  )

  // A raw bound before any placeholder is rendered: the rendered-length rule below is the real limit, but a version
  // the form hides (the main language's stale translation) is never rendered, and no text this long can render
  // within MAX_MESSAGE_LENGTH (the shortest expansion, a one-letter {empresa}, is 1/9 of its placeholder).
  // Every version is checked for unstorable text, also one the save drops (the main language's stale translation):
  // what one entry point refuses, every one refuses.
  const MessageTextSchema = z
    .string({ error: invalid })
    .max(MAX_MESSAGE_LENGTH * 10, { error: () => m.message_too_long({ max: MAX_MESSAGE_LENGTH }) })
    .refine(isStorableText, { error: () => m.invalid_characters() })

  const ConfigSchema = z
    .strictObject(
      {
        business: ScheduleSchema,
        outOfHoursMessage: MessageTextSchema,
        outOfHoursLanguage: z.enum(MESSAGE_LANGUAGES, { error: invalid }).optional(),
        outOfHoursTranslations: z
          .strictObject(
            {
              es: MessageTextSchema.optional(),
              en: MessageTextSchema.optional(),
              'pt-BR': MessageTextSchema.optional(),
            },
            { error: objectError },
          )
          .optional(),
        priority: z.enum(PRIORITIES, { error: () => m.invalid_priority() }),
        assistant: AssistantSchema.nullable(),
      },
      { error: objectError },
    )
    .superRefine(
      (config, ctx) => {
        // Runs even when other fields already failed (`when`), so every error shows in one round: inputs may be
        // malformed here, hence the defensive reads.
        const mainLanguage: MessageLanguage =
          typeof config.outOfHoursLanguage === 'string' ? config.outOfHoursLanguage : 'es'
        // The same rules for the main message and for each version in another language (in its own language).
        const checkText = (
          message: string,
          path: (string | number)[],
          language: MessageLanguage,
        ): boolean => {
          // Unstorable text was already reported at this field by MessageTextSchema.
          if (isUnstorable(message)) return false
          const unknown = unknownPlaceholders(message)
          if (unknown.length > 0) {
            ctx.addIssue({
              code: 'custom',
              path,
              message: m.message_unknown_placeholder({ names: unknown.join(', ') }),
              params: { code: 'message_unknown_placeholder', names: unknown },
            })
          } else if (
            renderedWorstCase(message, config.business, options.companyName, language) > MAX_MESSAGE_LENGTH
          ) {
            ctx.addIssue({
              code: 'custom',
              path,
              message: m.message_too_long({ max: MAX_MESSAGE_LENGTH }),
              params: { code: 'message_too_long', max: MAX_MESSAGE_LENGTH },
            })
          } else return true
          return false
        }
        const versions: unknown = config.outOfHoursTranslations
        if (versions && typeof versions === 'object') {
          for (const language of MESSAGE_LANGUAGES) {
            const text: unknown = (versions as Record<string, unknown>)[language]
            if (language !== mainLanguage && typeof text === 'string' && text.trim() !== '') {
              checkText(text, ['outOfHoursTranslations', language], language)
            }
          }
        }
        const message: unknown = config.outOfHoursMessage
        if (typeof message === 'string' && checkText(message, ['outOfHoursMessage'], mainLanguage)) {
          if (message.trim() === '' && !isAlwaysOpen(config.business)) {
            ctx.addIssue({
              code: 'custom',
              path: ['outOfHoursMessage'],
              message: m.message_required(),
              params: { code: 'message_required' },
            })
          }
        }
        // Labels of special dates end up in a PostgreSQL text column and in the jsonb audit row.
        const checkLabels = (schedule: unknown, base: (string | number)[]) => {
          const overrides = (schedule as { overrides?: unknown } | null)?.overrides
          if (!Array.isArray(overrides)) return
          overrides.forEach((o: unknown, k) => {
            if (isUnstorable((o as { label?: unknown } | null)?.label)) {
              ctx.addIssue({
                code: 'custom',
                path: [...base, 'overrides', k, 'label'],
                message: m.invalid_characters(),
              })
            }
          })
        }
        checkLabels(config.business, ['business'])
        const assistant: unknown = config.assistant
        if (assistant && typeof assistant === 'object') {
          checkLabels((assistant as { schedule?: unknown }).schedule, ['assistant', 'schedule'])
        }
      },
      {
        when: (payload) =>
          typeof payload.value === 'object' && payload.value !== null && !Array.isArray(payload.value),
      },
    )
    // The assistant's own hours are evaluated in the scope's time zone (docs/behaviour.md §3): its schedule carries that zone.
    .transform((config): ScopeConfiguration => ({
      business: config.business,
      outOfHoursMessage: config.outOfHoursMessage,
      // Only what differs from the defaults is kept (the stored, canonical shape).
      ...canonicalMessages(config),
      priority: config.priority,
      assistant: config.assistant && {
        ...config.assistant,
        schedule: config.assistant.schedule && {
          ...config.assistant.schedule,
          timeZone: config.business.timeZone,
        },
      },
    }))

  return z.strictObject(
    {
      /** A department that uses General routes with General's configuration; its own copy is kept as is. */
      usesGeneral: z.boolean({ error: invalid }),
      config: ConfigSchema,
    },
    { error: objectError },
  )
}

export const ScopeSettingsSchema = createScopeSettingsSchema()
export type ScopeSettingsInput = z.input<typeof ScopeSettingsSchema>
export type ScopeSettingsOutput = z.output<typeof ScopeSettingsSchema>

// The schema's output must be what the data-access layer stores.
const _outputIsConfig: (o: ScopeSettingsOutput) => { usesGeneral: boolean; config: ScopeConfiguration } = (
  o,
) => o
void _outputIsConfig
// …and what the form holds (toFormValues) must be what it parses.
const _formValuesAreInput: (v: ScopeFormValues) => ScopeSettingsInput = (v) => v
void _formValuesAreInput
