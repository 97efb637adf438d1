// docs/behaviour.md §6 / §8 — the app on a 360 px phone: nothing scrolls sideways, every section and the save bar are
// usable, focus is visible, and axe is clean at that size too.
import { ADMIN, axeViolations, expect, test } from './fixtures'
import {
  assistantRegion,
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
}) => {
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
