// Validation of the Asesores forms, shared by the dialogs (react-hook-form) and the server actions.
// Messages are i18n keys of the `agents.errors` namespace.
import { z } from 'zod'

export const PRESENCES = ['online', 'away', 'offline'] as const
export type PresenceValue = (typeof PRESENCES)[number]

const id = z.string().trim().min(1, 'required').max(200, 'tooLong')

export const PresenceInputSchema = z.object({
  agentId: id,
  presence: z.enum(PRESENCES, { message: 'invalidPresence' }),
})

export const AgentFormSchema = z.object({
  name: z.string().trim().min(1, 'nameRequired').max(100, 'nameTooLong'),
  email: z
    .string()
    .trim()
    .max(254, 'emailTooLong')
    .refine((v) => v === '' || z.email().safeParse(v).success, 'emailInvalid'),
  /** '' = not linked to a member. */
  userId: z.string().max(200, 'tooLong'),
  departmentIds: z.array(id).max(200, 'tooLong'),
})
export type AgentFormValues = z.infer<typeof AgentFormSchema>

export const CreateAgentSchema = AgentFormSchema
export const UpdateAgentSchema = AgentFormSchema.extend({ agentId: id })
export const DeleteAgentSchema = z.object({ agentId: id })
