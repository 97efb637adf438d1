import { describe, expect, it } from 'vitest'
import { clientAddress, PEER_ADDRESS_HEADER, trustedProxiesFromEnv } from './client-address'

const request = (peer: string | null, forwardedFor?: string) =>
  new Headers({
    ...(peer !== null && { [PEER_ADDRESS_HEADER]: peer }),
    ...(forwardedFor && { 'x-forwarded-for': forwardedFor }),
  })

describe('clientAddress', () => {
  it('ignores X-Forwarded-For by default: the peer is the client', () => {
    expect(clientAddress(request('198.51.100.7', '1.2.3.4'), new Set())).toBe('198.51.100.7')
    expect(clientAddress(request('::ffff:198.51.100.7'), new Set())).toBe('198.51.100.7')
  })

  it('behind a trusted proxy, takes the right-most untrusted hop, not the client-written left-most one', () => {
    const trusted = trustedProxiesFromEnv('10.0.0.1, 10.0.0.2')
    expect(clientAddress(request('10.0.0.1', 'spoofed-1.2.3.4, 203.0.113.5'), trusted)).toBe('203.0.113.5')
    expect(clientAddress(request('10.0.0.1', '1.1.1.1, 203.0.113.5, 10.0.0.2'), trusted)).toBe('203.0.113.5')
    expect(clientAddress(request('10.0.0.1'), trusted)).toBe('10.0.0.1')
  })

  it('an untrusted peer cannot choose its address with X-Forwarded-For', () => {
    const trusted = trustedProxiesFromEnv('10.0.0.1')
    for (let i = 0; i < 40; i++) {
      expect(clientAddress(request('198.51.100.7', `192.0.2.${i}`), trusted)).toBe('198.51.100.7')
    }
  })

  it('without a peer address (no instrumentation) every request shares one bucket', () => {
    expect(clientAddress(request(null, '192.0.2.1'), new Set())).toBe('unknown')
  })
})
