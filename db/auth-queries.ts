import 'server-only'
// Accounts, memberships and the sign-in limiter, bound to the process-wide database (see db/queries.ts).
import { bind } from './bind'
import * as members from './dal/members'
import * as signInLimit from './dal/sign-in-limit'

export type {
  Membership,
  MemberSummary,
  MemberChangeResult,
  InvitationSummary,
  OpenInvitation,
} from './dal/members'

export const getMembership = bind(members.getMembership)
export const listMembers = bind(members.listMembers)
export const changeMemberRole = bind(members.changeMemberRole)
export const removeMember = bind(members.removeMember)
export const addMember = bind(members.addMember)
export const createOrganizationForOwner = bind(members.createOrganizationForOwner)

export const checkSignInRateLimit = bind(signInLimit.checkSignInRateLimit)
export const recordSignInFailure = bind(signInLimit.recordSignInFailure)
export const clearSignInFailures = bind(signInLimit.clearSignInFailures)
export const consumeAttempt = bind(signInLimit.consumeAttempt)
export const deleteAccountWithoutMembership = bind(members.deleteAccountWithoutMembership)
export const createInvitation = bind(members.createInvitation)
export const listPendingInvitations = bind(members.listPendingInvitations)
export const cancelInvitation = bind(members.cancelInvitation)
export const findOpenInvitation = bind(members.findOpenInvitation)
export const acceptInvitation = bind(members.acceptInvitation)
export { ACCOUNT_CREATION_LIMIT, SIGN_IN_ANSWER_MS, signInKeys } from './dal/sign-in-limit'
