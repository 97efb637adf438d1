// Issue 11 item 9 — importing public holidays offers dates from today on (the next 12 months by default), never a
// past date; a closed date after an overnight evening says the night shift still runs into it (docs/behaviour.md §4).
import { ADMIN, axeViolations, expect, test } from './fixtures'
import { datesRegion, openScope, SCOPES } from './schedules-helpers'

test.use({ storageState: ADMIN.state })

/** "YYYY-MM-DD" today in Tienda Aurora's zone (the scope's zone). */
const todayInBogota = () =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: 'America/Bogota',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date())

test('§4 the holiday import offers dates from today on, all preselected; imported closed dates after a night shift say it ends at 06:00', async ({
  page,
}) => {
  const today = todayInBogota()
  // Turno nocturno: 22:00–06:00 every day, no special dates.
  await openScope(page, SCOPES.nocturno)
  const dates = datesRegion(page)
  await expect(dates.getByTestId('override-row')).toHaveCount(0)

  await dates.getByRole('button', { name: 'Importar festivos' }).click()
  const dialog = page.getByRole('dialog', { name: 'Importar días festivos' })
  await expect(dialog.getByRole('combobox', { name: 'País' })).toContainText('Colombia')
  await expect(dialog.getByRole('combobox', { name: 'Periodo' })).toContainText('Próximos 12 meses')
  const boxes = dialog.getByRole('checkbox')
  await expect(boxes.first()).toBeVisible()
  const offered = await boxes.evaluateAll((els) => els.map((el) => el.id.replace('holiday-', '')))
  // Colombia has ~18 public holidays a year: 12 months of them, none before today, none a year or more away.
  expect(offered.length).toBeGreaterThan(12)
  const yearFromToday = `${Number(today.slice(0, 4)) + 1}${today.slice(4)}`
  for (const date of offered) {
    expect(date >= today, date).toBe(true)
    expect(date < yearFromToday, date).toBe(true)
  }
  for (const box of await boxes.all()) await expect(box).toBeChecked()
  expect(await axeViolations(page)).toEqual([])

  // This year alone: only what is left of it.
  await dialog.getByRole('combobox', { name: 'Periodo' }).click()
  await page.getByRole('option', { name: today.slice(0, 4), exact: true }).click()
  await expect(boxes.first()).toBeVisible()
  const thisYear = await boxes.evaluateAll((els) => els.map((el) => el.id.replace('holiday-', '')))
  expect(thisYear.every((d) => d >= today && d.startsWith(today.slice(0, 4)))).toBe(true)

  await dialog.getByRole('combobox', { name: 'Periodo' }).click()
  await page.getByRole('option', { name: 'Próximos 12 meses' }).click()
  await expect(boxes).toHaveCount(offered.length)
  await dialog.getByRole('button', { name: `Agregar ${offered.length} fechas` }).click()
  await expect(dialog).toBeHidden()

  const rows = dates.getByTestId('override-row')
  await expect(rows).toHaveCount(offered.length)
  // Every imported date is closed, and last night's 22:00–06:00 still runs into it until 06:00.
  const first = rows.first()
  await expect(first.getByTestId('override-summary')).toContainText('Cerrado todo el día')
  await expect(first.getByTestId('overnight-spill')).toHaveText(
    'El turno de la noche anterior termina a las 06:00: hasta esa hora este día sigue abierto.',
  )
  // Opened, the row's "Ese día" says the same and is described by the note.
  await first.getByTestId('override-summary').click()
  await expect(first.getByRole('combobox', { name: 'Ese día' })).toContainText('Cerrado todo el día')
  await expect(first.getByRole('combobox', { name: 'Ese día' })).toHaveAccessibleDescription(
    /termina a las 06:00/,
  )
  // …except where the day before is itself a closed holiday (Jueves and Viernes Santo): no night shift then.
  const dayBefore = (date: string) =>
    new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10)
  const afterAShift = offered.filter((date) => !offered.includes(dayBefore(date)))
  expect(afterAShift.length).toBeLessThan(offered.length)
  await expect(dates.getByTestId('overnight-spill')).toHaveCount(afterAShift.length)
  await expect(page.getByTestId('save-bar')).toContainText('Cambios sin guardar')

  // Leave the demo as seeded.
  await page.getByRole('button', { name: 'Descartar cambios' }).click()
  await page.getByRole('alertdialog').getByRole('button', { name: 'Descartar cambios' }).click()
  await expect(rows).toHaveCount(0)
})
