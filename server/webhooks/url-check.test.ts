// Issue 22 item 6 — the check when an admin saves a webhook URL judges every address the name resolves to, not
// only the first (the delivery's own check, guarded-fetch.test.ts, does the same on every request).
import { describe, expect, it } from 'vitest'
import type { ResolveHost } from './guarded-fetch'
import { checkWebhookUrlWithDns } from './url-check'

const production = { requireHttps: true, allowLocalhost: false }
const localTests = { requireHttps: true, allowLocalhost: true }

const answers: Record<string, string[]> = {
  'hooks.example.test': ['2606:4700:4700::1111', '8.8.8.8'],
  'dns64.example.test': ['64:ff9b::808:808'],
  'second-private.example.test': ['8.8.8.8', '10.0.0.7'],
  'last-private.example.test': ['8.8.8.8', '2606:4700:4700::1111', 'fd00::5'],
  'second-loopback.example.test': ['8.8.8.8', '::1'],
  'second-benchmark.example.test': ['8.8.8.8', '198.18.0.1'],
  'second-nat64.example.test': ['8.8.8.8', '64:ff9b::a00:1'],
  'empty.example.test': [],
}
const resolve: ResolveHost = async (hostname) => {
  const list = answers[hostname]
  if (!list) throw Object.assign(new Error(`ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' })
  return list.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }))
}
const check = (host: string, policy = production) =>
  checkWebhookUrlWithDns(`https://${host}/hooks`, policy, resolve)

describe('checkWebhookUrlWithDns', () => {
  it('accepts a name whose every address is public (a DNS64 answer for a public host included)', async () => {
    expect(await check('hooks.example.test')).toBeNull()
    expect(await check('dns64.example.test')).toBeNull()
  })

  it('refuses a name when any address of the answer is not public', async () => {
    expect(await check('second-private.example.test')).toBe('private_address')
    expect(await check('last-private.example.test')).toBe('private_address')
    expect(await check('second-loopback.example.test')).toBe('loopback_address')
    expect(await check('second-benchmark.example.test')).toBe('private_address')
    expect(await check('second-nat64.example.test')).toBe('private_address')
  })

  it('lets the localhost setting open loopback answers only', async () => {
    expect(await check('second-loopback.example.test', localTests)).toBeNull()
    expect(await check('second-private.example.test', localTests)).toBe('private_address')
  })

  it('reports a name that does not resolve (or resolves to nothing)', async () => {
    expect(await check('nowhere.example.test')).toBe('unresolvable')
    expect(await check('empty.example.test')).toBe('unresolvable')
  })
})
