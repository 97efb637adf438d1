// Issue 15 — Ajustes → API → Webhooks: an admin adds an endpoint, sees its signing secret once, sends a test event
// that a local receiver verifies, and sees the delivery in the log; staff read the log without controls.
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { Webhook } from 'standardwebhooks'
import { ADMIN, STAFF, axeViolations, expect, test } from './fixtures'

type Received = { type: string; webhookId: string; verified: boolean }

async function startReceiver(secret: () => string) {
  const received: Received[] = []
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8')
      const headers = {
        'webhook-id': String(request.headers['webhook-id']),
        'webhook-timestamp': String(request.headers['webhook-timestamp']),
        'webhook-signature': String(request.headers['webhook-signature']),
      }
      let verified = false
      try {
        new Webhook(secret()).verify(body, headers)
        verified = true
      } catch {
        verified = false
      }
      received.push({ type: JSON.parse(body).type, webhookId: headers['webhook-id'], verified })
      response.statusCode = verified ? 204 : 401
      response.end()
    })
  })
  // The helper's receiver port range (E2E_PORT + 200), or any free port.
  const preferred = Number(process.env.E2E_PORT ?? 3100) + 200
  await new Promise<void>((resolve) => {
    server.once('error', () => server.listen(0, '127.0.0.1', resolve))
    server.listen(preferred, '127.0.0.1', resolve)
  })
  const { port } = server.address() as AddressInfo
  return {
    url: `http://localhost:${port}/horarios`,
    received,
    close: () => new Promise((r) => server.close(r)),
  }
}

test.describe('as admin', () => {
  test.use({ storageState: ADMIN.state })

  test('add an endpoint, see the secret once, send a test event and see it delivered in the log', async ({
    page,
  }) => {
    let secret = ''
    const receiver = await startReceiver(() => secret)
    try {
      await page.goto('/settings/api')
      await expect(page.getByRole('heading', { name: 'Webhooks' })).toBeVisible()

      // Bad input: messages next to the fields, nothing created.
      const form = page
        .locator('form')
        .filter({ has: page.getByRole('button', { name: 'Agregar endpoint' }) })
      await form.getByLabel('Cambió quién atiende').uncheck()
      await page.getByRole('button', { name: 'Agregar endpoint' }).click()
      await expect(form.getByText('Escribe la URL del endpoint.')).toBeVisible()
      await expect(form.getByText('Elige al menos un evento.')).toBeVisible()
      // SSRF: a private address is refused next to the field.
      await page.getByLabel('URL', { exact: true }).fill('https://10.0.0.8/hooks')
      await form.getByLabel('Cambió quién atiende').check()
      await page.getByRole('button', { name: 'Agregar endpoint' }).click()
      await expect(
        form.getByText('Esa dirección apunta a una red privada; usa una dirección pública.'),
      ).toBeVisible()

      await page.getByLabel('URL', { exact: true }).fill(receiver.url)
      await page.getByLabel('Descripción (opcional)').fill('Plataforma de chat (pruebas)')
      await form.getByLabel('Se guardó la configuración').check()
      await page.getByRole('button', { name: 'Agregar endpoint' }).click()

      const secretField = page.getByLabel('Secreto de firma')
      await expect(secretField).toHaveValue(/^whsec_/)
      secret = await secretField.inputValue()
      await expect(page.getByText('Cópialo ahora: solo se muestra esta vez.', { exact: false })).toBeVisible()
      expect(await axeViolations(page)).toEqual([])
      await page.getByRole('button', { name: 'Ya lo guardé' }).click()
      await expect(page.getByLabel('Secreto de firma')).toHaveCount(0)
      await page.reload()
      // Shown once: never again after a reload.
      await expect(page.getByLabel('Secreto de firma')).toHaveCount(0)
      await expect(page.getByText(secret)).toHaveCount(0)

      const endpoint = page.getByRole('article').filter({ hasText: receiver.url })
      await expect(endpoint.getByText('Activo', { exact: true })).toBeVisible()
      await endpoint.getByRole('button', { name: 'Enviar evento de prueba' }).click()
      await expect(page.getByText('Evento de prueba en camino')).toBeVisible()

      const log = endpoint.getByRole('table', { name: `Entregas recientes de ${receiver.url}` })
      const row = log.getByRole('row').filter({ hasText: 'Evento de prueba' })
      await expect(row.getByText('Entregado')).toBeVisible({ timeout: 15_000 })
      await expect(row.getByRole('cell', { name: '204' })).toBeVisible()
      expect(receiver.received.filter((r) => r.type === 'webhook.test')).toEqual([
        { type: 'webhook.test', webhookId: expect.stringMatching(/^msg_/), verified: true },
      ])

      // "Reenviar": the same message again, with the same webhook-id.
      await row.getByRole('button', { name: /^Reenviar el aviso «Evento de prueba»/ }).click()
      await expect(page.getByText('Aviso reenviado')).toBeVisible()
      await expect
        .poll(() => receiver.received.filter((r) => r.type === 'webhook.test').length, { timeout: 15_000 })
        .toBe(2)
      const ids = receiver.received.filter((r) => r.type === 'webhook.test').map((r) => r.webhookId)
      expect(ids[0]).toBe(ids[1])

      await page.setViewportSize({ width: 390, height: 844 })
      await expect(endpoint.getByRole('button', { name: 'Enviar evento de prueba' })).toBeVisible()
      expect(await axeViolations(page)).toEqual([])

      // Clean up: delete with a confirmation naming what goes.
      await endpoint.getByRole('button', { name: `Eliminar endpoint ${receiver.url}` }).click()
      const confirm = page.getByRole('alertdialog', { name: `¿Eliminar el endpoint ${receiver.url}?` })
      await confirm.getByRole('button', { name: 'Eliminar' }).click()
      await expect(page.getByText('Endpoint eliminado')).toBeVisible()
    } finally {
      await receiver.close()
    }
  })
})

test.describe('as staff', () => {
  test.use({ storageState: STAFF.state })

  test('staff read the webhooks section without controls', async ({ page }) => {
    await page.goto('/settings/api')
    await expect(page.getByRole('heading', { name: 'Webhooks' })).toBeVisible()
    await expect(
      page.getByText('Solo los administradores pueden agregar o cambiar endpoints.', { exact: false }),
    ).toBeVisible()
    await expect(page.getByRole('button', { name: 'Agregar endpoint' })).toHaveCount(0)
    await expect(page.getByRole('heading', { name: 'Claves de API' })).toHaveCount(0)
    expect(await axeViolations(page)).toEqual([])
  })
})
