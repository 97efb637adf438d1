// Validation of the Asesores forms, shared by the dialogs (react-hook-form) and the server actions.
// Messages are i18n keys of the `agents.errors` namespace.
import { z } from 'zod'
import { MAX_ACTIVE_CHATS, MAX_MAX_ACTIVE_CHATS, MIN_MAX_ACTIVE_CHATS } from '../routing/capacity'

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
  // §5 capacity (issue 17). Optional so that a form or caller without them leaves them as they are.
  maxActiveChats: z
    .number({ message: 'maxChatsRange' })
    .int('maxChatsRange')
    .min(MIN_MAX_ACTIVE_CHATS, 'maxChatsRange')
    .max(MAX_MAX_ACTIVE_CHATS, 'maxChatsRange')
    .optional(),
  /** Set by hand for testing; the chat platform reports it through the API. */
  activeChats: z
    .number({ message: 'activeChatsRange' })
    .int('activeChatsRange')
    .min(0, 'activeChatsRange')
    .max(MAX_ACTIVE_CHATS, 'activeChatsRange')
    .optional(),
})
export type AgentFormValues = z.infer<typeof AgentFormSchema>

export const CreateAgentSchema = AgentFormSchema
export const UpdateAgentSchema = AgentFormSchema.extend({ agentId: id })
export const DeleteAgentSchema = z.object({ agentId: id })
