import { expect, test } from './fixtures'

// Issue 12 item 5: a body over 1 MB answers 413 problem JSON — server actions (and no-JavaScript form posts) at
// proxy.ts, the JSON API in its handler — instead of a 500 or a parse of megabytes.
const OVER = 'x'.repeat(1024 * 1024 + 1)

test.describe('bodies over 1 MB', () => {
  test('a server action call is refused with 413 before Next.js reads it', async ({ request }) => {
    const answer = await request.post('/sign-in', {
      headers: { 'next-action': '0'.repeat(42), 'content-type': 'text/plain;charset=UTF-8' },
      data: OVER,
    })
    expect(answer.status()).toBe(413)
    expect(answer.headers()['content-type']).toContain('application/problem+json')
    expect(await answer.json()).toMatchObject({ status: 413 })
    expect(answer.headers()['x-frame-options']).toBe('DENY')

    // The same call with a small body reaches Next.js (an unknown action, but not a size refusal).
    const small = await request.post('/sign-in', {
      headers: { 'next-action': '0'.repeat(42), 'content-type': 'text/plain;charset=UTF-8' },
      data: '[]',
    })
    expect(small.status()).not.toBe(413)
  })

  test('a form posted without JavaScript is refused with 413', async ({ request }) => {
    const answer = await request.post('/sign-in', {
      multipart: { email: 'a@b.co', password: OVER },
    })
    expect(answer.status()).toBe(413)
  })

  test('the JSON API answers 413 problem JSON', async ({ request }) => {
    const answer = await request.post('/api/v1/routing/decisions', {
      headers: {
        authorization: 'Bearer hor_demo-tienda-aurora-2026-all-permissions',
        'content-type': 'application/json',
      },
      data: JSON.stringify({ requests: [{ scope: 'general' }], pad: OVER }),
    })
    expect(answer.status()).toBe(413)
    expect(answer.headers()['content-type']).toBe('application/problem+json')
  })
})
