// Every Vitest test must assert something (developers' guide: no test that cannot fail). Registered for every file
// through vitest.config.ts `setupFiles`; a test that runs no `expect` fails with "expected any number of assertion,
// but got none".
import { beforeEach, expect } from 'vitest'

beforeEach(() => {
  expect.hasAssertions()
})
