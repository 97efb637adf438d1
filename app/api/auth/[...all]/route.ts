// better-auth's HTTP endpoints: all closed, see server/auth-routes.ts (issue 12 items 6 and 7).
import { authGET, authPOST } from '@/server/auth-routes'

export const GET = authGET
export const POST = authPOST
