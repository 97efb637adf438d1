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

// Issue 22 item 6: the special-purpose ranges come from ipaddr.js (IANA registries), and addresses carrying an IPv4
// address inside are judged by it. Each row names the registry entry it samples.
describe('classifyAddress: special-purpose ranges and embedded IPv4 (issue 22)', () => {
  it.each([
    ['192.0.2.1', 'reserved'], // TEST-NET-1 (documentation)
    ['198.51.100.7', 'reserved'], // TEST-NET-2
    ['203.0.113.9', 'reserved'], // TEST-NET-3
    ['198.18.0.1', 'reserved'], // benchmarking 198.18.0.0/15
    ['198.19.255.254', 'reserved'],
    ['192.0.0.8', 'reserved'], // IETF protocol assignments
    ['192.88.99.1', 'reserved'], // 6to4 relay anycast (deprecated)
    ['240.0.0.1', 'reserved'], // reserved for future use
    ['255.255.255.255', 'reserved'], // limited broadcast
    ['192.175.48.1', 'reserved'], // AS112
    ['100.127.255.254', 'private'], // shared address space (carrier-grade NAT)
    ['100.128.0.1', 'public'],
    ['198.20.0.1', 'public'],
    ['fec0::1', 'private'], // deprecated site-local fec0::/10
    ['2001:db8::1', 'reserved'], // documentation
    ['2001::1', 'reserved'], // Teredo (the client address inside is obfuscated: not judged, refused)
    ['2001:2::1', 'reserved'], // benchmarking
    ['100::1', 'reserved'], // discard-only
    ['::7f00:1', 'reserved'], // IPv4-compatible (deprecated): outside 2000::/3
    ['fe80::1%eth0', 'link-local'], // with a zone id
    // IPv4-translated ::ffff:0:a.b.c.d
    ['::ffff:0:7f00:1', 'loopback'],
    ['::ffff:0:10.0.0.1', 'private'],
    ['::ffff:0:8.8.8.8', 'public'],
    // 6to4 2002:AABB:CCDD::/48
    ['2002:a00:1::1', 'private'],
    ['2002:c0a8:101::', 'private'],
    ['2002:a9fe:a9fe::1', 'link-local'],
    ['2002:7f00:1::1', 'reserved'], // a relay's business, never this machine
    ['2002:808:808::1', 'public'],
    // NAT64 well-known prefix 64:ff9b::/96 (a DNS64 answer for an IPv4-only host)
    ['64:ff9b::10.0.0.1', 'private'],
    ['64:ff9b::a9fe:a9fe', 'link-local'],
    ['64:ff9b::c612:1', 'reserved'], // 198.18.0.1
    ['64:ff9b::127.0.0.1', 'reserved'],
    ['64:ff9b::8.8.8.8', 'public'],
    ['64:ff9b:1::a00:1', 'reserved'], // local-use NAT64 (RFC 8215): where the IPv4 sits is the operator's choice
  ])('%s is %s', (address, kind) => {
    expect(classifyAddress(address)).toBe(kind)
  })

  it('refuses in production the literals issue 22 found accepted', () => {
    expect(checkWebhookUrl('https://[::ffff:0:7f00:1]/x', production)).toBe('loopback_address')
    for (const host of [
      '[2002:a00:1::1]',
      '[fec0::1]',
      '192.0.2.10',
      '198.51.100.10',
      '203.0.113.10',
      '198.18.0.10',
      '[64:ff9b::a00:1]',
    ]) {
      expect(checkWebhookUrl(`https://${host}/x`, production), host).toBe('private_address')
    }
    expect(checkWebhookUrl('https://[64:ff9b::808:808]/x', production)).toBeNull()
  })

  it('lets WEBHOOKS_ALLOW_LOCALHOST open loopback only, not private or embedded-private addresses', () => {
    expect(checkWebhookUrl('http://[::ffff:0:7f00:1]:3306/x', localTests)).toBeNull()
    expect(checkWebhookUrl('https://[2002:a00:1::1]/x', localTests)).toBe('private_address')
    expect(checkWebhookUrl('https://[64:ff9b::127.0.0.1]/x', localTests)).toBe('private_address')
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
