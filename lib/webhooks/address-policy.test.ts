import { describe, expect, it } from 'vitest'
import { addressVerdict, checkWebhookUrl, classifyAddress, webhookUrlPolicyFromEnv } from './address-policy'

const production = { requireHttps: true, allowLocalhost: false }
const development = { requireHttps: false, allowLocalhost: false }
const localTests = { requireHttps: true, allowLocalhost: true }

describe('classifyAddress', () => {
  it.each([
    ['8.8.8.8', 'public'],
    ['127.0.0.1', 'loopback'],
    ['127.9.9.9', 'loopback'],
    ['10.1.2.3', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['172.32.0.1', 'public'],
    ['192.168.1.1', 'private'],
    ['100.64.0.1', 'private'],
    ['169.254.169.254', 'link-local'],
    ['0.0.0.0', 'reserved'],
    ['224.0.0.1', 'reserved'],
    ['::1', 'loopback'],
    ['::', 'reserved'],
    ['fe80::1', 'link-local'],
    ['fd12:3456::1', 'private'],
    ['::ffff:10.0.0.1', 'private'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:7f00:1', 'loopback'],
    ['2606:4700:4700::1111', 'public'],
  ])('%s is %s', (address, kind) => {
    expect(classifyAddress(address)).toBe(kind)
  })
})

describe('checkWebhookUrl', () => {
  it('accepts a public https URL everywhere', () => {
    expect(checkWebhookUrl('https://hooks.example.com/horarios', production)).toBeNull()
  })
  it('refuses plain http in production, allows it in development', () => {
    expect(checkWebhookUrl('http://hooks.example.com/x', production)).toBe('https_required')
    expect(checkWebhookUrl('http://hooks.example.com/x', development)).toBeNull()
  })
  it('refuses localhost unless the development setting allows it (then http is fine for it only)', () => {
    expect(checkWebhookUrl('https://localhost/x', production)).toBe('loopback_address')
    expect(checkWebhookUrl('http://localhost:3306/x', development)).toBe('loopback_address')
    expect(checkWebhookUrl('http://127.0.0.1:3306/x', production)).toBe('loopback_address')
    expect(checkWebhookUrl('http://[::1]:3306/x', production)).toBe('loopback_address')
    expect(checkWebhookUrl('http://api.localhost/x', production)).toBe('loopback_address')
    expect(checkWebhookUrl('http://localhost:3306/x', localTests)).toBeNull()
    expect(checkWebhookUrl('http://example.com/x', localTests)).toBe('https_required')
  })
  it('refuses private and link-local literals even with the development setting', () => {
    for (const url of [
      'https://10.0.0.5/x',
      'https://192.168.0.10/x',
      'https://169.254.169.254/latest/meta-data',
      'https://[fd00::1]/x',
      'https://[::ffff:10.0.0.1]/x',
    ]) {
      expect(checkWebhookUrl(url, localTests), url).toBe('private_address')
    }
  })
  it('refuses non-http schemes, garbage and credentials', () => {
    expect(checkWebhookUrl('ftp://example.com/x', development)).toBe('invalid_url')
    expect(checkWebhookUrl('not a url', development)).toBe('invalid_url')
    expect(checkWebhookUrl('https://user:pw@example.com/x', development)).toBe('credentials_in_url')
  })
})

describe('addressVerdict and the environment setting', () => {
  it('lets loopback through only with the setting', () => {
    expect(addressVerdict('127.0.0.1', production)).toBe('loopback_address')
    expect(addressVerdict('127.0.0.1', localTests)).toBeNull()
    expect(addressVerdict('10.0.0.1', localTests)).toBe('private_address')
  })
  it('reads NODE_ENV and WEBHOOKS_ALLOW_LOCALHOST', () => {
    expect(webhookUrlPolicyFromEnv({ NODE_ENV: 'production' })).toEqual(production)
    expect(webhookUrlPolicyFromEnv({ NODE_ENV: 'development', WEBHOOKS_ALLOW_LOCALHOST: '1' })).toEqual({
      requireHttps: false,
      allowLocalhost: true,
    })
  })
})
