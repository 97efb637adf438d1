// docs/behaviour.md §6 / §8 — the app on a 360 px phone: nothing scrolls sideways, every section and the save bar are
// usable, focus is visible, and axe is clean at that size too.
import { ADMIN, axeViolations, expect, test } from './fixtures'
import {
  assistantRegion,
  datesRegion,
  hoursRegion,
  messageBox,
  openScope,
  saveAndConfirm,
  saveButton,
  SCOPES,
} from './schedules-helpers'
import type { Page } from '@playwright/test'

test.use({ storageState: ADMIN.state, viewport: { width: 360, height: 740 } })

/** Visible elements whose box pokes out of the viewport sideways (not counting those inside a scroll container). */
function overflowingElements(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth
    const insideScroller = (el: Element) => {
      for (let p = el.parentElement; p; p = p.parentElement) {
        const o = getComputedStyle(p).overflowX
        if (o === 'auto' || o === 'scroll' || o === 'hidden') return true
      }
      return false
    }
    // Invisible by design: opacity 0 (Radix's hidden form inputs), clipped (sr-only text, the skip link).
    const invisible = (el: Element) => {
      if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return true
      const style = getComputedStyle(el)
      return style.clipPath.startsWith('inset(50%') || style.clip.startsWith('rect(0px, 0px, 0px, 0px')
    }
    return [...document.body.querySelectorAll('*')]
      .filter((el) => {
        if (invisible(el)) return false
        const box = el.getBoundingClientRect()
        return (
          box.width > 0 &&
          box.height > 0 &&
          (box.right > width + 0.5 || box.left < -0.5) &&
          !insideScroller(el)
        )
      })
      .slice(0, 5)
      .map(
        (el) =>
          `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${(el.textContent ?? '').trim().slice(0, 40)}"`,
      )
  })
}

test('§6 at 360 px wide the editor fits the screen and nothing scrolls sideways', async ({ page }) => {
  for (const scope of [SCOPES.general, SCOPES.ventas, SCOPES.nocturno]) {
    await openScope(page, scope)
    const sideways = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    )
    expect(sideways, `horizontal scroll on ${scope}`).toBeLessThanOrEqual(0)
    expect(await overflowingElements(page), `elements wider than the screen on ${scope}`).toEqual([])
  }
  expect(await axeViolations(page)).toEqual([])
})

test('§8 sign-in and first-run sign-up fit a 360 px screen', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } })
  const page = await context.newPage()
  try {
    for (const path of ['/sign-in', '/sign-up']) {
      await page.goto(path)
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
      expect(await overflowingElements(page), `elements wider than the screen on ${path}`).toEqual([])
      expect(
        await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        ),
      ).toBeLessThanOrEqual(0)
    }
  } finally {
    await context.close()
  }
})

test('§8 the other pages fit a 360 px screen too', async ({ page }) => {
  for (const path of ['/preview', '/agents', '/settings/members']) {
    await page.goto(path)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    const sideways = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    )
    expect(sideways, `horizontal scroll on ${path}`).toBeLessThanOrEqual(0)
    expect(await overflowingElements(page), `elements wider than the screen on ${path}`).toEqual([])
  }
})

test('§6 at 360 px an admin edits and saves; the save bar stays on screen and focus is visible', async ({
  page,
  seeded,
}) => {
  await seeded.keep(SCOPES.soporte)
  await openScope(page, SCOPES.soporte)
  const original = await messageBox(page).inputValue()
  await messageBox(page).fill('Editado desde un teléfono')
  // The sticky save bar is on screen while editing far up the page.
  await assistantRegion(page).scrollIntoViewIfNeeded()
  await expect(saveButton(page)).toBeInViewport()

  // Keyboard focus is visible: reaching the save button with Tab draws a ring (or outline) it does not have otherwise.
  const focusStyle = () =>
    saveButton(page).evaluate((el) => {
      const style = getComputedStyle(el)
      return `${style.outlineStyle} ${style.outlineWidth} | ${style.boxShadow}`
    })
  const unfocused = await focusStyle()
  await messageBox(page).focus()
  for (let i = 0; i < 60; i++) {
    if (await saveButton(page).evaluate((el) => el === document.activeElement)) break
    await page.keyboard.press('Tab')
  }
  await expect(saveButton(page)).toBeFocused()
  expect(await focusStyle()).not.toBe(unfocused)

  await saveAndConfirm(page)
  await openScope(page, SCOPES.soporte)
  await expect(messageBox(page)).toHaveValue('Editado desde un teléfono')
  await messageBox(page).fill(original)
  await saveAndConfirm(page)
})

// Issue 11 item 10 — a 390 px phone: compact special dates, the scope picker as a select, tables that say they
// scroll, the coverage map one day per row.
test.describe('§6 / §8 on a 390 px phone', () => {
  test.use({ viewport: { width: 390, height: 844 } })

  const pageHeight = (page: Page) => page.evaluate(() => document.documentElement.scrollHeight)

  test('the Ventas page is compact: special dates one line each, grouped by year; the scope picker is a select above the editor', async ({
    page,
  }) => {
    await openScope(page, SCOPES.ventas)
    // The change history below the editor grows with every save (up to 20 entries) and the seeded holidays with the
    // time of year (today to the end of next year): the editor itself must stay short.
    const height = await pageHeight(page)
    const history = (await page.getByRole('heading', { name: 'Historial de cambios' }).boundingBox())!
    const dateCount = await datesRegion(page).getByTestId('override-row').count()
    console.log(
      `Ventas page height at 390 px: ${height} px (${dateCount} special dates; editor ${Math.round(history.y)} px)`,
    )
    expect(history.y).toBeLessThan(6000)

    // The department list is a select, and it comes before the editor.
    await expect(page.getByTestId('scope-list')).toBeHidden()
    const picker = page.getByRole('combobox', { name: 'Configuraciones' })
    await expect(picker).toHaveText('Ventas')
    const pickerBox = await picker.boundingBox()
    const hoursBox = await hoursRegion(page).boundingBox()
    expect(pickerBox!.y).toBeLessThan(hoursBox!.y)

    // The week: one line per day with its hours; the inputs open from the line.
    const monday = hoursRegion(page).getByRole('button', { name: 'Lunes: 08:00–13:00, 14:00–19:00' })
    await expect(monday).toHaveAttribute('aria-expanded', 'false')
    await expect(hoursRegion(page).getByLabel('Lunes: desde (rango 1)')).toBeHidden()
    await monday.click()
    await expect(hoursRegion(page).getByLabel('Lunes: desde (rango 1)')).toHaveValue('08:00')
    await expect(hoursRegion(page).getByRole('button', { name: 'Agregar un rango al Lunes' })).toBeVisible()

    // The optional versions of the message, both blank, wait behind their title.
    const versions = page.getByRole('button', { name: 'Versiones en otros idiomas (opcional)' })
    await expect(versions).toHaveAttribute('aria-expanded', 'false')
    await expect(page.getByRole('textbox', { name: 'Inglés' })).toBeHidden()
    await versions.click()
    await expect(page.getByRole('textbox', { name: 'Inglés' })).toBeVisible()

    // One line per date, under its year; the inputs open from the line.
    const dates = datesRegion(page)
    const years = dates.getByRole('heading', { level: 4 })
    expect(await years.count()).toBeGreaterThan(0)
    await expect(years.first()).toHaveText(/^\d{4}$/)
    const summaries = dates.getByTestId('override-summary')
    const first = summaries.first()
    await expect(first).toHaveAttribute('aria-expanded', 'false')
    await expect(first).toContainText(
      /^(lun|mar|mié|jue|vie|sáb|dom), \d+ \S+.*(Cerrado todo el día|\d\d:\d\d)/,
    )
    const rowBox = await dates.getByTestId('override-row').first().boundingBox()
    expect(rowBox!.height).toBeLessThan(48)
    await expect(dates.getByRole('combobox', { name: 'Ese día' })).toHaveCount(0)
    await first.click()
    await expect(first).toHaveAttribute('aria-expanded', 'true')
    await expect(dates.getByRole('combobox', { name: 'Ese día' })).toHaveCount(1)
    await expect(dates.getByRole('textbox', { name: 'Fecha', exact: true })).toBeVisible()
    expect(await axeViolations(page)).toEqual([])

    // Choosing another configuration in the select opens it.
    await picker.click()
    await page.getByRole('option', { name: 'Soporte técnico' }).click()
    await page.waitForURL(`**${SCOPES.soporte}`)
    await expect(page.getByRole('combobox', { name: 'Configuraciones' })).toHaveText('Soporte técnico')
  })

  test('past special dates wait behind "Fechas pasadas (N)"; they can still be opened and removed', async ({
    page,
    seeded,
  }) => {
    await seeded.keep(SCOPES.soporte)
    await openScope(page, SCOPES.soporte)
    const dates = datesRegion(page)
    await expect(dates.getByTestId('override-row')).toHaveCount(0)
    const lastYear = `${new Date().getFullYear() - 1}-03-15`
    await dates.getByRole('button', { name: 'Agregar fecha' }).click()
    // A date just added opens at once (its date input has the focus).
    await expect(dates.getByRole('textbox', { name: 'Fecha', exact: true })).toBeFocused()
    await dates.getByRole('textbox', { name: 'Fecha', exact: true }).fill(lastYear)
    await dates.getByRole('textbox', { name: 'Descripción' }).fill('Inventario')
    await saveAndConfirm(page)

    await openScope(page, SCOPES.soporte)
    const past = dates.getByRole('button', { name: 'Fechas pasadas (1)' })
    await expect(past).toHaveAttribute('aria-expanded', 'false')
    await expect(dates.getByTestId('override-summary')).toBeHidden()
    await past.click()
    await expect(past).toHaveAttribute('aria-expanded', 'true')
    const summary = dates.getByTestId('override-summary')
    await expect(summary).toContainText('Inventario')
    await expect(summary).toContainText('Cerrado todo el día')
    await expect(summary).toContainText('Pasada')
    await summary.click()
    await dates.getByRole('button', { name: 'Quitar la fecha Inventario' }).click()
    await saveAndConfirm(page)
    await expect(dates.getByTestId('override-row')).toHaveCount(0)
  })

  test('nothing scrolls sideways; wide tables scroll inside a named region that says so; axe is clean', async ({
    page,
  }) => {
    const tables = {
      '/settings/schedules': null,
      '/agents': 'Asesores de Ventas',
      '/settings/members': 'Miembros de la organización',
      '/preview': 'Ahora mismo en todas las configuraciones',
    } as const
    for (const [path, region] of Object.entries(tables)) {
      await page.goto(path)
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
      const sideways = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      )
      expect(sideways, `horizontal scroll on ${path}`).toBeLessThanOrEqual(0)
      expect(await overflowingElements(page), `elements wider than the screen on ${path}`).toEqual([])
      if (region) {
        const scroller = page.getByRole('region', { name: region })
        await expect(scroller).toBeVisible()
        expect(await scroller.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true)
        await expect(
          scroller
            .locator('xpath=..')
            .getByText('Desliza la tabla hacia los lados para ver todas las columnas.'),
        ).toBeVisible()
      }
      expect(await axeViolations(page), `axe on ${path}`).toEqual([])
    }
  })

  test('the coverage map shows the 7 days, one per row, with their names', async ({ page }) => {
    await page.goto('/preview')
    const days = page.getByTestId('coverage-days')
    await expect(days).toBeVisible()
    await expect(page.getByTestId('coverage-map')).toBeHidden()
    const items = days.getByRole('listitem')
    await expect(items).toHaveCount(7)
    const width = await page.evaluate(() => document.documentElement.clientWidth)
    for (const item of await items.all()) {
      await expect(item).toContainText(/^(lun|mar|mié|jue|vie|sáb|dom)/i)
      const box = await item.boundingBox()
      expect(box!.x + box!.width).toBeLessThanOrEqual(width)
    }
    // Each day has both cases, each bar named with who answers.
    await expect(days.getByRole('img', { name: /^Con asesores en línea: / })).toHaveCount(7)
    await expect(days.getByRole('img', { name: /^Sin asesores en línea: / })).toHaveCount(7)
  })
})

test.describe('§6 at 1280 px', () => {
  test.use({ viewport: { width: 1280, height: 800 } })

  test('the special dates are one line each under year headings and open their inputs in place; the department list is a list; axe is clean', async ({
    page,
  }) => {
    await openScope(page, SCOPES.ventas)
    await expect(page.getByTestId('scope-list')).toBeVisible()
    await expect(page.getByRole('combobox', { name: 'Configuraciones' })).toBeHidden()
    const dates = datesRegion(page)
    const first = dates.getByTestId('override-summary').first()
    await expect(first).toBeVisible()
    await expect(first).toContainText(/Cerrado todo el día|\d\d:\d\d/)
    expect((await dates.getByTestId('override-row').first().boundingBox())!.height).toBeLessThan(48)
    await expect(dates.getByRole('combobox', { name: 'Ese día' })).toHaveCount(0)
    await first.click()
    await expect(dates.getByRole('combobox', { name: 'Ese día' })).toHaveCount(1)
    await expect(dates.getByRole('combobox', { name: 'Ese día' })).toBeVisible()
    await expect(dates.getByRole('heading', { level: 4 }).first()).toHaveText(/^\d{4}$/)
    expect(await axeViolations(page)).toEqual([])
    await page.goto('/preview')
    await expect(page.getByTestId('coverage-map')).toBeVisible()
    await expect(page.getByTestId('coverage-days')).toBeHidden()
    expect(await axeViolations(page)).toEqual([])
  })
})
