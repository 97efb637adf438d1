// better-auth's HTTP endpoints are all closed (issue 12 item 6). The app never calls them from the browser: sign-in,
// sign-up, sign-out and invitations go through our server actions (validated with our schemas, rate limited), and
// the session is read on the server with auth.api.getSession. Left open they bypassed that validation — e.g.
// /api/auth/organization/update took the time zone "Mars/Olympus" and a 200,000-character name, /api/auth/update-user
// a 100,000-character name — and /api/auth/get-session and /list-sessions handed raw session tokens to JavaScript
// (item 7). To open one again, list it here and validate its body with the schema our own action uses.
const OPEN: ReadonlySet<string> = new Set<string>()

async function handle(request: Request, method: 'GET' | 'POST') {
  const path = new URL(request.url).pathname.replace(/^\/api\/auth\/?/, '')
  if (!OPEN.has(path)) return Response.json({ error: 'not_found' }, { status: 404 })
  const [{ toNextJsHandler }, { getAuth }] = await Promise.all([
    import('better-auth/next-js'),
    import('@/server/auth'),
  ])
  return toNextJsHandler(await getAuth())[method](request)
}

export const authGET = (request: Request) => handle(request, 'GET')
export const authPOST = (request: Request) => handle(request, 'POST')
