import { toNextJsHandler } from 'better-auth/next-js'
import { getAuth } from '@/server/auth'

// better-auth's own endpoints (session, sign-out). Sign-in and sign-up only go through our server actions, which add
// the database-backed rate limit and the first-run organization setup, so their raw endpoints are closed here.
const CLOSED = /\/api\/auth\/(sign-in|sign-up|organization\/create|organization\/delete)(\/|$)/

async function handle(request: Request, method: 'GET' | 'POST') {
  if (CLOSED.test(new URL(request.url).pathname)) {
    return Response.json({ error: 'not_found' }, { status: 404 })
  }
  const auth = await getAuth()
  return toNextJsHandler(auth)[method](request)
}

export const GET = (request: Request) => handle(request, 'GET')
export const POST = (request: Request) => handle(request, 'POST')
