import { ADMIN, STAFF, axeViolations, expect, signIn, test } from './fixtures'

test.describe('§7 accounts', () => {
  test('wrong password shows a clear message and does not sign in', async ({ page }) => {
    await page.goto('/sign-in')
    await page.getByLabel('Correo electrónico').fill(ADMIN.email)
    await page.getByLabel('Contraseña').fill('not-the-password')
    await page.getByRole('button', { name: 'Entrar' }).click()
    await expect(page.getByText('Correo o contraseña incorrectos.')).toBeVisible()
    await expect(page).toHaveURL(/\/sign-in$/)
    expect(await axeViolations(page)).toEqual([])
  })

  test('sign-out ends the session on the server, not only in the browser', async ({ page, context }) => {
    await signIn(page, STAFF)
    const cookiesWhileSignedIn = await context.cookies()
    await page.getByRole('button', { name: 'Cerrar sesión' }).click()
    await page.waitForURL('**/sign-in')
    // Replaying the old cookie must not bring the session back.
    await context.addCookies(cookiesWhileSignedIn)
    await page.goto('/settings/schedules')
    await expect(page).toHaveURL(/\/sign-in$/)
  })

  test('staff has no members page and cannot open it directly', async ({ browser }) => {
    const context = await browser.newContext({ storageState: STAFF.state })
    const page = await context.newPage()
    await page.goto('/settings/schedules')
    await expect(page.getByRole('navigation', { name: 'Navegación principal' })).toBeVisible()
    await expect(page.getByRole('link', { name: 'Miembros' })).toHaveCount(0)
    // Opened directly, it says it is for administrators (issue 22) and shows none of the members.
    await page.goto('/settings/members')
    await expect(page.getByText('Esta página es solo para administradores de la organización.')).toBeVisible()
    await expect(page.getByRole('table')).toHaveCount(0)
    await context.close()
  })

  test('first run: sign up creates the organization and lands on Horarios with Mon–Fri 09:00–18:00', async ({
    page,
  }) => {
    await page.goto('/sign-up')
    expect(await axeViolations(page)).toEqual([])
    await page.getByLabel('Tu nombre').fill('Camila Torres')
    await page.getByLabel('Correo electrónico').fill(`camila.${Date.now()}@ejemplo.mx`)
    await page.getByLabel('Contraseña').fill('Camila-Torres-2026')
    await page.getByLabel('Nombre de la organización').fill('Papelería Sol')
    await page.getByRole('combobox', { name: 'País' }).click()
    await page.getByRole('option', { name: 'México' }).click()
    await expect(page.getByRole('combobox', { name: 'Zona horaria' })).toContainText('America/Mexico City')
    await page.getByRole('button', { name: 'Crear organización' }).click()
    await page.waitForURL('**/settings/schedules')
    await expect(page.getByTestId('organization-name')).toHaveText('Papelería Sol')
    await expect(page.getByRole('navigation', { name: 'Configuraciones' }).getByRole('link')).toHaveCount(1)
  })

  test('an admin invites a member with a one-time link; the invitee joins as staff', async ({ browser }) => {
    const adminContext = await browser.newContext({ storageState: ADMIN.state })
    const admin = await adminContext.newPage()
    await admin.goto('/settings/members')
    const email = `invitado.${Date.now()}@tienda-aurora.co`
    await admin.getByLabel('Correo electrónico').fill(email)
    await admin.getByRole('button', { name: 'Crear enlace de invitación' }).click()
    const link = await admin.getByLabel('Enlace de invitación').inputValue()
    expect(link).toMatch(/\/sign-up\?invitation=/)
    expect(await axeViolations(admin)).toEqual([])

    const inviteeContext = await browser.newContext()
    const invitee = await inviteeContext.newPage()
    await invitee.goto(link)
    await expect(invitee.getByRole('heading', { name: 'Únete a Tienda Aurora' })).toBeVisible()
    expect(await axeViolations(invitee)).toEqual([])
    await invitee.getByLabel('Tu nombre').fill('Sofía Invitada')
    await invitee.getByLabel('Contraseña').fill('Sofia-invitada-2026')
    await invitee.getByRole('button', { name: 'Crear cuenta y entrar' }).click()
    await invitee.waitForURL('**/settings/schedules')
    await expect(invitee.getByText('Sofía Invitada · Soporte')).toBeVisible()

    // The link works once.
    const again = await (await browser.newContext()).newPage()
    await again.goto(link)
    await expect(again.getByText('Este enlace de invitación ya se usó')).toBeVisible()
    await Promise.all([adminContext.close(), inviteeContext.close()])
  })
})
