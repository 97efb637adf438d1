import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { DEMO_USERS } from '@/db/seed'
import { demoCredentials } from './demo-hint'

describe('the demo sign-in hint (issue 12 item 7)', () => {
  it('exists only on the embedded demo database', () => {
    expect(demoCredentials({})).toEqual({ email: 'admin@tienda-aurora.co', password: 'Aurora-admin-2026' })
    expect(demoCredentials({ DATABASE_URL: 'postgres://db/app' })).toBeNull()
  })

  it('no demo password is in the translated messages, which every page sends to the browser', () => {
    for (const locale of fs.readdirSync('messages')) {
      for (const file of fs.readdirSync(path.join('messages', locale))) {
        const text = fs.readFileSync(path.join('messages', locale, file), 'utf8')
        for (const user of DEMO_USERS)
          expect({ file: `${locale}/${file}`, leaks: text.includes(user.password) }).toEqual({
            file: `${locale}/${file}`,
            leaks: false,
          })
      }
    }
  })
})
