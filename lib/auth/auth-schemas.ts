import { z } from 'zod'
import { canonicalTimeZone } from '@/lib/schedule/time-zones'

// Messages are message keys (namespace `auth.errors`), translated where they are shown.
export const EmailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: 'emailInvalid' }))
export const PasswordSchema = z
  .string()
  .min(10, { error: 'passwordTooShort' })
  .max(128, { error: 'passwordTooLong' })

export const SignInSchema = z.strictObject({
  email: EmailSchema,
  password: z.string().min(1, { error: 'passwordRequired' }).max(128, { error: 'passwordTooLong' }),
})
export type SignInInput = z.infer<typeof SignInSchema>

export const COUNTRIES = ['CO', 'MX', 'PE', 'CL', 'AR', 'EC', 'BR', 'US', 'ES'] as const

export const SignUpSchema = z.strictObject({
  name: z.string().trim().min(2, { error: 'nameRequired' }).max(80, { error: 'nameTooLong' }),
  email: EmailSchema,
  password: PasswordSchema,
  organizationName: z
    .string()
    .trim()
    .min(2, { error: 'organizationRequired' })
    .max(80, { error: 'nameTooLong' }),
  country: z.enum(COUNTRIES, { error: 'countryRequired' }),
  // Stored canonical ('america/bogota' → 'America/Bogota'); an unknown zone is refused.
  timeZone: z
    .string()
    .max(64, { error: 'timeZoneRequired' })
    .transform((value, ctx) => {
      const zone = canonicalTimeZone(value)
      if (zone === null) ctx.addIssue({ code: 'custom', message: 'timeZoneRequired' })
      return zone ?? value
    }),
})
export type SignUpInput = z.infer<typeof SignUpSchema>

export const RoleSchema = z.enum(['admin', 'staff'], { error: 'roleRequired' })

export const InviteMemberSchema = z.strictObject({ email: EmailSchema, role: RoleSchema })
export type InviteMemberInput = z.infer<typeof InviteMemberSchema>

export const ChangeMemberRoleSchema = z.strictObject({
  memberId: z.string().min(1).max(100),
  role: RoleSchema,
})
export const MemberIdSchema = z.strictObject({ memberId: z.string().min(1).max(100) })
export const InvitationIdSchema = z.strictObject({ invitationId: z.string().min(1).max(100) })

export const AcceptInvitationSchema = z.strictObject({
  invitationId: z.string().min(1).max(100),
  name: z.string().trim().min(2, { error: 'nameRequired' }).max(80, { error: 'nameTooLong' }),
  password: PasswordSchema,
})
export type AcceptInvitationInput = z.infer<typeof AcceptInvitationSchema>
