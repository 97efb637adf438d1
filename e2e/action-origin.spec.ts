// Issue 22 item 9: a server action from another origin is refused with 403 problem JSON before it runs. The hole:
// Next.js compared the Origin's host only and believed the client's X-Forwarded-Host, so `Origin: https://<host>` on
// this http app, and `Origin: evil` + `X-Forwarded-Host: evil`, each created an API key through the action.
// The attack is a replay of the real "Crear clave" action call with its headers changed (lib/http/request-origin.ts).
import type { Page, Request } from '@playwright/test'
import { ADMIN, expect, test } from './fixtures'

type Captured = { url: string; headers: Record<string, string>; body: string }

/** Creates a key named `name` through the form and returns the server action call the page made. */
async function captureCreateKeyCall(page: Page, name: string): Promise<Captured> {
  await page.goto('/settings/api')
  await page.getByLabel('Nombre').fill(name)
  const call = page.waitForRequest((r: Request) => r.method() === 'POST' && !!r.headers()['next-action'])
  await page.getByRole('button', { name: 'Crear clave' }).click()
  const request = await call
  await expect(page.getByLabel('Nueva clave de API')).toHaveValue(/^hor_/)
  const { 'next-action': action, 'content-type': type, accept } = request.headers()
  return {
    url: request.url(),
    headers: { 'next-action': action!, 'content-type': type!, accept: accept ?? 'text/x-component' },
    body: request.postData()!,
  }
}

async function keyNames(page: Page): Promise<string> {
  await page.goto('/settings/api')
  return (await page.getByRole('table').textContent()) ?? ''
}

test.describe('server actions from another origin', () => {
  test.use({ storageState: ADMIN.state })

  test('are refused with 403 and create nothing; the app’s own origin still works', async ({
    page,
    baseURL,
  }) => {
    const own = new URL(baseURL!)
    const captured = await captureCreateKeyCall(page, 'Origen propio e2e')
    const replay = (name: string, headers: Record<string, string>) =>
      page.request.post(captured.url, {
        headers: { ...captured.headers, ...headers },
        data: captured.body.replace('Origen propio e2e', name),
        maxRedirects: 0,
      })

    const attacks: [string, Record<string, string>][] = [
      ['Ataque https e2e', { origin: `https://${own.host}` }],
      ['Ataque forwarded e2e', { origin: 'http://evil.example', 'x-forwarded-host': 'evil.example' }],
      ['Ataque evil e2e', { origin: 'evil', 'x-forwarded-host': 'evil', 'x-forwarded-proto': 'http' }],
      ['Ataque puerto e2e', { origin: `http://${own.hostname}:${Number(own.port) + 1}` }],
      ['Ataque proto e2e', { origin: `https://${own.host}`, 'x-forwarded-proto': 'https' }],
      ['Ataque null e2e', { origin: 'null' }],
    ]
    const answers = []
    for (const [name, headers] of attacks) {
      const answer = await replay(name, headers)
      answers.push({ name, status: answer.status(), type: answer.headers()['content-type'] })
      if (answer.status() === 403) {
        expect(await answer.json()).toMatchObject({ status: 403 })
        expect(answer.headers()['x-frame-options']).toBe('DENY')
      }
    }
    expect(answers).toEqual(
      attacks.map(([name]) => ({ name, status: 403, type: 'application/problem+json' })),
    )

    // The same replay from the app's own origin goes through: the refusals above are the origin's doing.
    const control = await replay('Reenvío propio e2e', { origin: own.origin })
    expect(control.status()).toBe(200)

    const listed = await keyNames(page)
    expect(listed).toContain('Reenvío propio e2e')
    for (const [name] of attacks) expect(listed).not.toContain(name)

    // Clean up the two keys this test made.
    for (const name of ['Origen propio e2e', 'Reenvío propio e2e']) {
      await page.getByRole('button', { name: `Revocar la clave ${name}` }).click()
      await page.getByRole('alertdialog').getByRole('button', { name: 'Revocar' }).click()
      await expect(page.getByRole('row', { name: new RegExp(name) })).toHaveCount(0)
    }
  })

  test('a form posted without JavaScript from another origin is refused too', async ({ request }) => {
    const answer = await request.post('/sign-in', {
      headers: { origin: 'http://evil.example' },
      multipart: { email: 'admin@tienda-aurora.co', password: 'Aurora-admin-2026' },
      maxRedirects: 0,
    })
    expect(answer.status()).toBe(403)
    expect(answer.headers()['content-type']).toBe('application/problem+json')
  })
})
