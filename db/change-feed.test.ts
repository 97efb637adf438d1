// The change feed: in-process on PGlite; across processes (here: two feeds = two instances) through PostgreSQL
// LISTEN/NOTIFY, each message delivered exactly once per instance.
import { describe, expect, it } from 'vitest'
import { createLocalChangeFeed, createPostgresChangeFeed, type ChangeMessage } from './change-feed'
import { testDatabaseUrl } from '@/test/db'

async function waitFor(check: () => boolean, timeoutMs = 2_000) {
  const start = Date.now()
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error('timed out')
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}

describe('change feed', () => {
  it('in process: subscribers get each published change; unsubscribed ones do not', async () => {
    const feed = createLocalChangeFeed()
    const seen: ChangeMessage[] = []
    const gone: ChangeMessage[] = []
    feed.subscribe((message) => seen.push(message))
    const stop = feed.subscribe((message) => gone.push(message))
    stop()
    feed.subscribe(() => {
      throw new Error('a faulty subscriber does not stop the others')
    })
    await feed.publish('org_a', { kind: 'settings', scope: 'general' })
    expect(seen).toEqual([{ organizationId: 'org_a', kind: 'settings', scope: 'general' }])
    expect(gone).toEqual([])
    await feed.close()
  })

  it.runIf(testDatabaseUrl)(
    'PostgreSQL: another instance hears it once; the publisher hears it once',
    async () => {
      const a = createPostgresChangeFeed(testDatabaseUrl!)
      const b = createPostgresChangeFeed(testDatabaseUrl!)
      try {
        await Promise.all([a.ready, b.ready])
        const atA: ChangeMessage[] = []
        const atB: ChangeMessage[] = []
        a.subscribe((message) => atA.push(message))
        b.subscribe((message) => atB.push(message))
        await a.publish('org_a', { kind: 'key', id: 'key_1' })
        await waitFor(() => atB.length > 0)
        await new Promise((resolve) => setTimeout(resolve, 100))
        expect(atB).toEqual([{ organizationId: 'org_a', kind: 'key', id: 'key_1' }])
        expect(atA).toEqual([{ organizationId: 'org_a', kind: 'key', id: 'key_1' }])
      } finally {
        await Promise.all([a.close(), b.close()])
      }
    },
  )
})
