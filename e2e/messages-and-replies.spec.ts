// Issue 16 §2, §4, §5 — out-of-hours message variables, the assistant following the business holidays, and the
// reply staff can paste from ¿Quién atiende?.
import { ADMIN, axeViolations, expect, test } from './fixtures'
import {
  assistantRegion,
  messageBox,
  openScope,
  saveAndConfirm,
  saveButton,
  SCOPES,
} from './schedules-helpers'

test.use({ storageState: ADMIN.state })

// Friday 1 January 2027 (Año Nuevo, a holiday in every demo scope), 10:00 in Bogotá.
const HOLIDAY = '2027-01-01T10:00'

test('§2 a variable inserted from the menu lands at the cursor and the example shows it rendered', async ({
  page,
  seeded,
}) => {
  await seeded.keep(SCOPES.general)
  await openScope(page, SCOPES.general)
  const box = messageBox(page)
  await box.fill('Volvemos . ¡Gracias!')
  // Cursor right after "Volvemos " (9 characters).
  await box.press('Home')
  for (let i = 0; i < 9; i++) await box.press('ArrowRight')

  await page.getByRole('button', { name: 'Insertar variable' }).click()
  await expect(page.getByRole('menuitem')).toHaveCount(4)
  await page.getByRole('menuitem', { name: /Próxima apertura/ }).click()
  await expect(box).toHaveValue('Volvemos {proxima_apertura}. ¡Gracias!')
  await expect(box).toBeFocused()

  // The example renders the variable from General's real hours (Mon–Fri 8:00–18:00, Sat 9:00–13:00).
  const example = page.getByTestId('message-example')
  await expect(example).toContainText(/^Ejemplo: así lo recibe un cliente que escribe el /)
  await expect(example.locator('blockquote')).toHaveText(
    /^Volvemos (hoy|mañana \S+|el \S+ \d{1,2} de \S+( de \d{4})?) a las? \d{1,2}:\d{2}\. ¡Gracias!$/,
  )

  // A second variable after the first one, and the counter counts the worst case.
  await page.getByRole('button', { name: 'Insertar variable' }).click()
  await page.getByRole('menuitem', { name: /Horario de la semana/ }).click()
  await expect(box).toHaveValue('Volvemos {proxima_apertura}{horario_semana}. ¡Gracias!')
  await expect(example.locator('blockquote')).toContainText('lun–vie 8:00–18:00, sáb 9:00–13:00. ¡Gracias!')
  await expect(page.locator('#out-of-hours-message-hint')).toContainText(
    'con las variables en su valor más largo',
  )
  expect(await axeViolations(page)).toEqual([])

  // An unknown placeholder is refused next to the field; nothing is saved.
  await box.fill('Hola {cliente}, volvemos {proxima_apertura}')
  await saveButton(page).click()
  await expect(page.locator('#out-of-hours-message-error')).toHaveText(
    '{cliente}: no es una variable conocida. Usa las del menú «Insertar variable».',
  )
  await expect(box).toHaveAttribute('aria-invalid', 'true')

  // The version in English: its own field, its own message; General's seed has one.
  const english = page
    .getByRole('group', { name: 'Versiones en otros idiomas (opcional)' })
    .getByRole('textbox', {
      name: 'Inglés',
    })
  await expect(english).toHaveValue(/^Hi! Thanks for writing to \{empresa\}/)
  await english.fill('Back {next_opening}')
  await saveButton(page).click()
  await expect(page.locator('#out-of-hours-message-en-error')).toHaveText(
    '{next_opening}: no es una variable conocida. Usa las del menú «Insertar variable».',
  )
})

test('§4 "Sigue los días festivos…" changes the preview’s answer on a holiday', async ({ page, seeded }) => {
  await seeded.keep(SCOPES.ventas)
  const preview = `/preview?scope=dep_aurora_ventas&at=${HOLIDAY}&agents=2`
  // Off (the demo): Ventas' business hours are closed on the holiday, its assistant (07:00–22:00) answers.
  await page.goto(preview)
  await expect(page.getByTestId('decision')).toHaveAttribute('data-responder', 'assistant')

  await openScope(page, SCOPES.ventas)
  const follows = assistantRegion(page).getByRole('switch', {
    name: 'Sigue los días festivos y fechas especiales del horario de atención',
  })
  await expect(follows).not.toBeChecked()
  await follows.click()
  await expect(follows).toBeChecked()
  expect(await axeViolations(page)).toEqual([])
  await saveAndConfirm(page)

  // On: the holiday closes the assistant too — nobody answers, the out-of-hours message goes out.
  await page.goto(preview)
  await expect(page.getByTestId('decision')).toHaveAttribute('data-responder', 'closed')
  await expect(page.getByTestId('decision-next-opening')).toContainText('sáb')
  // The day before is an ordinary day: the assistant still answers at night.
  await page.goto(`/preview?scope=dep_aurora_ventas&at=2026-12-30T21:00&agents=2`)
  await expect(page.getByTestId('decision')).toHaveAttribute('data-responder', 'assistant')

  // Restore the demo.
  await openScope(page, SCOPES.ventas)
  await follows.click()
  await expect(follows).not.toBeChecked()
  await saveAndConfirm(page)
})

test('§5 the reply for the customer: in their language and zone, and the copy button copies it', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.goto(`/preview?scope=general&at=${HOLIDAY}&agents=3`)
  await expect(page.getByTestId('decision')).toHaveAttribute('data-responder', 'closed')
  const card = page.getByTestId('staff-reply-card')
  const reply = page.getByTestId('staff-reply')
  await expect(reply).toHaveText(
    /^Te responderá un asesor el sábado 2 de enero a partir de las 9:00 \(hora [^)]*Colombia\)\.$/,
  )

  await card.getByRole('button', { name: 'Copiar respuesta' }).click()
  await expect(card.getByRole('button', { name: 'Copiada' })).toBeVisible()
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await reply.textContent())

  // In English… the reply, and the out-of-hours message's English version (rendered in English).
  await card.getByRole('combobox', { name: 'Idioma del cliente' }).click()
  await page.getByRole('option', { name: 'Inglés' }).click()
  await expect(page.getByTestId('out-of-hours-message')).toContainText(
    'Hi! Thanks for writing to Tienda Aurora. Our business hours are Mon–Fri 8:00 AM–6:00 PM, Sat 9:00 AM–1:00 PM',
  )
  await expect(page.getByTestId('out-of-hours-message')).toContainText(
    'we will reply tomorrow, Saturday, at 9:00 AM.',
  )
  // Portuguese has no version: the main (Spanish) message is the fallback.
  await card.getByRole('combobox', { name: 'Idioma del cliente' }).click()
  await page.getByRole('option', { name: 'Portugués (Brasil)' }).click()
  await expect(page.getByTestId('out-of-hours-message')).toContainText(
    'te responderemos mañana sábado a las 9:00.',
  )
  await expect(reply).toHaveText(/^Um atendente vai te responder no sábado, 2 de janeiro, a partir das 9h \(/)
  await card.getByRole('combobox', { name: 'Idioma del cliente' }).click()
  await page.getByRole('option', { name: 'Inglés' }).click()
  await expect(reply).toHaveText(
    /^An agent will reply on Saturday, January 2 from 9:00 AM \(Colombia [^)]*\)\.$/,
  )
  // …for a customer in Madrid: the same opening is 15:00 there.
  await card.getByRole('combobox', { name: 'Zona horaria del cliente' }).click()
  await page.keyboard.type('madrid')
  await page.keyboard.press('Enter')
  await expect(reply).toHaveText(
    /^An agent will reply on Saturday, January 2 from 3:00 PM \(Central European/,
  )
  expect(await axeViolations(page)).toEqual([])

  // When the assistant answers, the reply says so (Soporte técnico: always-on assistant first).
  await page.goto(`/preview?scope=dep_aurora_soporte&at=${HOLIDAY}&agents=0`)
  await expect(page.getByTestId('staff-reply')).toHaveText(
    'Ahora te responde Aurora Soporte, nuestro asistente virtual.',
  )
})
