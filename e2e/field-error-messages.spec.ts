import { expect, test } from './fixtures'

// Issue 12 (remaining item 5): a field error the action plumbing gives (text that cannot be stored, e.g. a NUL
// character) is shown as a sentence in the person's language, never as the raw code "invalidCharacters".
test('sign-up: a control character in the organization name is explained next to the field', async ({
  page,
}) => {
  await page.goto('/sign-up')
  await page.getByLabel('Tu nombre').fill('Ana Pérez')
  await page.getByLabel('Correo electrónico').fill(`ana.${Date.now()}@ejemplo.co`)
  await page.getByLabel('Contraseña').fill('Ana-Perez-2026')
  const organization = page.getByLabel('Nombre de la organización')
  await organization.evaluate((input: HTMLInputElement) => {
    // Typed keys cannot produce NUL; set it as a paste of bad data would (through the native setter, so React's
    // change tracking sees the input event).
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, 'Tienda\u0000Sol')
    input.dispatchEvent(new Event('input', { bubbles: true }))
  })
  await page.getByRole('button', { name: 'Crear organización' }).click()
  await expect(organization).toHaveAccessibleDescription(
    'Tiene caracteres que no se pueden guardar (por ejemplo, caracteres de control). Escríbelo de nuevo.',
  )
  await expect(page.getByText('invalidCharacters')).toHaveCount(0)
  await expect(page).toHaveURL(/\/sign-up$/)
})
