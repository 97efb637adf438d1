import { test as setup } from '@playwright/test'
import { ADMIN, OTHER_ADMIN, STAFF, signIn } from './fixtures'

// §7 — one stored session per role; the feature tests reuse them.
for (const user of [ADMIN, STAFF, OTHER_ADMIN]) {
  setup(`sign in as ${user.email}`, async ({ page }) => {
    await signIn(page, user)
    await page.context().storageState({ path: user.state })
  })
}
