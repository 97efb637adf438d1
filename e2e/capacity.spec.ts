// Issue 17 — §5 capacity: "asesores disponibles" = online with room. An admin sets an agent's maximum and active
// chats in Asesores (the others' load arrives through the API, as from the chat platform), sees "20/20", and the
// preview switches Ventas (priority Asesores Humanos) to the assistant with the reason "asesores sin cupo".
import type { APIRequestContext } from '@playwright/test'
import { DEMO_API_KEYS, DEMO_DEPARTMENTS } from '../db/seed'
import { ADMIN, STAFF, axeViolations, expect, test } from './fixtures'

const VENTAS = DEMO_DEPARTMENTS.ventas.id
// A Tuesday in Ventas' business hours, with its assistant on: who answers depends only on the agents.
const IN_HOURS = '2027-03-02T10:00'
const VENTAS_ONLINE = ['Camila Restrepo', 'Juan Sebastián Morales', 'Natalia Zapata']
const auth = { authorization: `Bearer ${DEMO_API_KEYS.aurora.secret}` }

/** Sets active chats (and, for cleanup, nothing else) through the public API's batch form. */
async function setLoads(request: APIRequestContext, loads: Record<string, number>) {
  const list = await request.get('/api/v1/agents', { headers: auth })
  expect(list.status()).toBe(200)
  const agents = (await list.json()).agents as { id: string; name: string }[]
  const response = await request.put('/api/v1/agents/load', {
    headers: auth,
    data: {
      agents: Object.entries(loads).map(([name, activeChats]) => ({
        id: agents.find((a) => a.name === name)!.id,
        activeChats,
      })),
    },
  })
  expect(response.status()).toBe(200)
}

const resetVentas = (request: APIRequestContext) =>
  setLoads(request, Object.fromEntries(VENTAS_ONLINE.map((name) => [name, 0])))

test.describe('as admin', () => {
  test.use({ storageState: ADMIN.state })

  test('§5 the last agent with room filling up hands Ventas to the assistant: "asesores sin cupo"', async ({
    page,
    request,
  }) => {
    try {
      await setLoads(request, { 'Juan Sebastián Morales': 20, 'Natalia Zapata': 20 })
      await page.goto('/agents')
      const row = page.getByTestId(`department-${VENTAS}`).locator('tr[data-agent="Camila Restrepo"]')
      await expect(row.getByTestId('agent-load')).toHaveText('0/20')

      const edit = page.getByRole('dialog', { name: 'Editar asesor' })
      const save = async (max: string, active: string) => {
        await row.getByRole('button', { name: 'Editar a Camila Restrepo' }).click()
        await edit.getByLabel('Máximo de chats simultáneos').fill(max)
        await edit.getByLabel('Chats activos ahora').fill(active)
        await edit.getByRole('button', { name: 'Guardar cambios' }).click()
      }
      // Out of range: said inline, nothing saved.
      await save('0', '20')
      await expect(edit.getByText('Escribe un número entero de 1 a 200.')).toBeVisible()
      expect(await axeViolations(page)).toEqual([])
      await edit.getByRole('button', { name: 'Cancelar' }).click()

      // load = max − 1: Camila still has room, agents answer.
      await save('21', '20')
      await expect(page.getByText('Se guardaron los cambios de Camila Restrepo.').first()).toBeVisible()
      await expect(row.getByTestId('agent-load')).toHaveText('20/21')
      await page.goto(`/preview?scope=${VENTAS}&at=${IN_HOURS}`)
      await expect(page.getByTestId('decision')).toHaveAttribute('data-responder', 'agents')
      await expect(page.getByTestId('fact-room')).toHaveText('1 de 3')

      // load = max: nobody in Ventas has room.
      await page.goto('/agents')
      await save('20', '20')
      await expect(row.getByTestId('agent-load')).toContainText('20/20')
      await expect(row.getByTestId('agent-load')).toContainText('sin cupo')
      await page.goto(`/preview?scope=${VENTAS}&at=${IN_HOURS}`)
      await expect(page.getByText('En vivo (3 en línea, 0 con cupo)')).toBeVisible()
      await expect(page.getByTestId('decision')).toHaveAttribute('data-responder', 'assistant')
      await expect(page.getByTestId('decision-reason')).toContainText('Asesores sin cupo')
      await expect(page.getByTestId('fact-room')).toHaveText('0 de 3')
      await expect(page.locator(`tr[data-scope="${VENTAS}"]`).getByTestId('overview-load')).toHaveText(
        '60/60',
      )

      // What-if: one of the three with room → agents again; the link keeps it.
      await page.getByLabel('Simular').check()
      await page.getByLabel('De ellos, con cupo').fill('1')
      await expect(page.getByTestId('decision')).toHaveAttribute('data-responder', 'agents')
      await expect(page).toHaveURL(/agents=3&room=1/)
      expect(await axeViolations(page)).toEqual([])
    } finally {
      await resetVentas(request)
    }
  })
})

test.describe('as staff', () => {
  test.use({ storageState: STAFF.state })

  test('§7 staff see each agent’s load but cannot change the maximum', async ({ page, request }) => {
    try {
      await setLoads(request, { 'Camila Restrepo': 20 })
      await page.goto('/agents')
      const row = page.getByTestId(`department-${VENTAS}`).locator('tr[data-agent="Camila Restrepo"]')
      await expect(row.getByTestId('agent-load')).toContainText('20/20')
      await expect(row.getByRole('button', { name: 'Editar a Camila Restrepo' })).toHaveCount(0)
      await expect(page.getByLabel('Máximo de chats simultáneos')).toHaveCount(0)
      await page.goto(`/preview?scope=${VENTAS}&at=${IN_HOURS}`)
      await expect(page.getByTestId('fact-room')).toHaveText('2 de 3')
    } finally {
      await resetVentas(request)
    }
  })
})
