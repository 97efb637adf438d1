// Start-up: a bad or unreachable database stops start-up with ONE actionable sentence, never a stack trace; the
// embedded database persists on disk and refuses a second process.
import { spawn, execFile } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { sql } from 'drizzle-orm'
import { configFromEnv, openDatabase } from './connection'
import { LOCK_FILE_NAME, acquirePgliteLock, processStartedAt } from './pglite-lock'
import { DatabaseStartupError, postgresStartupError } from './startup-error'
import { organization } from './schema'
import { testDatabaseUrl } from '@/test/db'

async function startupError(url: string): Promise<DatabaseStartupError> {
  const error = await openDatabase({ driver: 'postgres', url }).then(
    async (handle) => {
      await handle.close()
      return null
    },
    (caught: unknown) => caught,
  )
  expect(error).toBeInstanceOf(DatabaseStartupError)
  return error as DatabaseStartupError
}

/** One line, a full sentence that says what to do, and never the password. */
function expectOneSentence(message: string) {
  expect(message).not.toMatch(/\n/)
  expect(message).toMatch(/^[A-Z].*\.$/)
  expect(message).not.toContain('s3cret')
  expect(message).not.toMatch(/\bat .*\(.*:\d+:\d+\)/) // no stack frames
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      )
    })
  })
}

describe('startup: DATABASE_URL errors are one clear sentence', () => {
  it('bad scheme', async () => {
    const error = await startupError('mysql://root:s3cret@127.0.0.1:3306/app')
    expectOneSentence(error.message)
    expect(error.message).toContain('must start with postgres:// or postgresql://')
    expect(error.message).toContain('unset DATABASE_URL to use the embedded database')
  })

  it('not a URL at all', async () => {
    const error = await startupError('// s3cret not a url')
    expectOneSentence(error.message)
    expect(error.message).toContain('DATABASE_URL is not a valid URL')
  })

  it('connection refused', async () => {
    const port = await freePort()
    const error = await startupError(`postgres://postgres:s3cret@127.0.0.1:${port}/app`)
    expectOneSentence(error.message)
    expect(error.message).toBe(
      `Cannot reach PostgreSQL at 127.0.0.1:${port} (connection refused). Start the server or fix DATABASE_URL, or unset DATABASE_URL to use the embedded database.`,
    )
  })

  it('host name that does not resolve', async () => {
    const error = await startupError('postgres://postgres:s3cret@no-such-host.invalid:5432/app')
    expectOneSentence(error.message)
    expect(error.message).toMatch(/^Cannot reach PostgreSQL at no-such-host\.invalid:5432 \(/)
  })

  it('authentication failure and time-outs are recognised from the driver error', () => {
    const target = { host: 'db.example.com', port: '5432', database: 'app', user: 'app' }
    const auth = postgresStartupError(
      Object.assign(new Error('password authentication failed for user "app"'), { code: '28P01' }),
      target,
    )
    expectOneSentence(auth.message)
    expect(auth.message).toContain('rejected user "app" (authentication failed)')
    const timeout = postgresStartupError(new Error('Connection terminated due to connection timeout'), target)
    expectOneSentence(timeout.message)
    expect(timeout.message).toContain('no answer in time')
    // node reports a refused `localhost` (::1 and 127.0.0.1) as an AggregateError.
    const aggregate = postgresStartupError(
      Object.assign(new AggregateError([Object.assign(new Error('x'), { code: 'ECONNREFUSED' })]), {}),
      target,
    )
    expect(aggregate.message).toContain('(connection refused)')
  })

  const serverUrl = testDatabaseUrl
  if (serverUrl) {
    const server = new URL(serverUrl)

    it('database that does not exist (TEST_DATABASE_URL server)', async () => {
      const url = new URL(serverUrl)
      url.pathname = '/horarios_missing_database'
      url.password = 's3cret'
      const error = await startupError(url.toString())
      expectOneSentence(error.message)
      expect(error.message).toBe(
        `The database "horarios_missing_database" does not exist on PostgreSQL at ${server.hostname}:${server.port || '5432'}. Create it (createdb horarios_missing_database) or fix the database name in DATABASE_URL, or unset DATABASE_URL to use the embedded database.`,
      )
    })

    it('unknown user is an authentication failure (TEST_DATABASE_URL server)', async () => {
      const url = new URL(serverUrl)
      url.username = 'horarios_no_such_role'
      url.password = 's3cret'
      const error = await startupError(url.toString())
      expectOneSentence(error.message)
      expect(error.message).toContain('rejected user "horarios_no_such_role" (authentication failed)')
    })
  }

  it('scripts print only the sentence and exit 1', async () => {
    const port = await freePort()
    const { code, stdout, stderr } = await new Promise<{
      code: number | null
      stdout: string
      stderr: string
    }>((resolve) => {
      execFile(
        process.execPath,
        ['--import', 'tsx', 'scripts/migrate.ts'],
        { env: { ...process.env, DATABASE_URL: `postgres://postgres@127.0.0.1:${port}/x` }, timeout: 60_000 },
        (error, out, err) =>
          resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout: out, stderr: err }),
      )
    })
    expect(code).toBe(1)
    expect(stdout).toBe('')
    expect(stderr.trim().split('\n')).toEqual([
      `DatabaseStartupError: Cannot reach PostgreSQL at 127.0.0.1:${port} (connection refused). Start the server or fix DATABASE_URL, or unset DATABASE_URL to use the embedded database.`,
    ])
  })
})

describe('startup: configuration from the environment', () => {
  it('uses PGlite in PGLITE_DIR (default .data/pglite) unless DATABASE_URL is set', () => {
    expect(configFromEnv({})).toEqual({ driver: 'pglite', dataDir: path.resolve('.data/pglite') })
    expect(configFromEnv({ PGLITE_DIR: 'tmp/db' })).toEqual({
      driver: 'pglite',
      dataDir: path.resolve('tmp/db'),
    })
    expect(configFromEnv({ DATABASE_URL: 'postgres://a@b/c' })).toEqual({
      driver: 'postgres',
      url: 'postgres://a@b/c',
    })
    expect(configFromEnv({ DATABASE_URL: '  ' })).toMatchObject({ driver: 'pglite' })
  })
})

describe('startup: the embedded database folder', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'horarios-pglite-'))
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }))

  /** Another process that takes the lock of `dir` the way openDatabase does, and holds it until killed. */
  async function holdLockInChild(dir: string) {
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        '--input-type=module',
        '-e',
        `import { acquirePgliteLock } from './db/pglite-lock.ts'
         acquirePgliteLock(${JSON.stringify(dir)}); console.log('locked'); setInterval(() => {}, 1000)`,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    )
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('locked') && resolve())
      child.once('exit', (code) => reject(new Error(`lock holder exited with ${code}`)))
    })
    return child
  }

  it('refuses a folder in use by another process, takes over once it is gone, and keeps data across restarts', async () => {
    const dir = path.join(root, 'shared')
    fs.mkdirSync(dir)
    const child = await holdLockInChild(dir)
    try {
      const error = await openDatabase({ driver: 'pglite', dataDir: dir }).then(
        () => null,
        (caught: unknown) => caught,
      )
      expect(error).toBeInstanceOf(DatabaseStartupError)
      const message = (error as Error).message
      expectOneSentence(message)
      expect(message).toContain(`is already in use by process ${child.pid}`)
      expect(message).toContain('set PGLITE_DIR to another folder')
    } finally {
      child.kill('SIGKILL')
      await new Promise((resolve) => child.once('exit', resolve))
    }

    // The owner died without cleaning up: its lock is stale and is taken over.
    expect(fs.existsSync(path.join(dir, LOCK_FILE_NAME))).toBe(true)
    const first = await openDatabase({ driver: 'pglite', dataDir: dir })
    await first.migrate()
    await first.db
      .insert(organization)
      .values({ id: 'org_persist', name: 'Persistente', slug: 'persistente' })
    await first.close()
    expect(fs.existsSync(path.join(dir, LOCK_FILE_NAME))).toBe(false)

    const second = await openDatabase({ driver: 'pglite', dataDir: dir })
    try {
      const rows = await second.db.select({ name: organization.name }).from(organization)
      expect(rows).toEqual([{ name: 'Persistente' }])
      // Opening it again in the same process while it is open is refused too.
      await expect(openDatabase({ driver: 'pglite', dataDir: dir })).rejects.toBeInstanceOf(
        DatabaseStartupError,
      )
      await second.db.execute(sql`select 1`)
    } finally {
      await second.close()
    }
  }, 240_000) // two real boots of an on-disk PGlite (initdb on the first)

  it('takes over a lock left by an earlier run whose PID now belongs to someone else, or a garbage lock', () => {
    const dir = path.join(root, 'stale')
    fs.mkdirSync(dir)
    const lockPath = path.join(dir, LOCK_FILE_NAME)
    const started = processStartedAt(process.ppid)

    // Same host, live PID, but a different start time: the PID was reused after the owner died.
    fs.writeFileSync(
      lockPath,
      JSON.stringify({
        pid: process.ppid,
        hostname: os.hostname(),
        startedAt: (started ?? Date.now()) - 3_600_000,
      }),
    )
    if (started !== null) {
      const release = acquirePgliteLock(dir)
      expect(JSON.parse(fs.readFileSync(lockPath, 'utf8'))).toMatchObject({ pid: process.pid })
      release()
      expect(fs.existsSync(lockPath)).toBe(false)
    }

    // A live owner (our parent process, with its real start time) is respected.
    fs.writeFileSync(
      lockPath,
      JSON.stringify({ pid: process.ppid, hostname: os.hostname(), startedAt: started }),
    )
    expect(() => acquirePgliteLock(dir)).toThrow(DatabaseStartupError)

    // A lock of another host is never stolen (PIDs mean nothing there) and says how to clear it.
    fs.writeFileSync(lockPath, JSON.stringify({ pid: 1, hostname: 'other-host', startedAt: null }))
    expect(() => acquirePgliteLock(dir)).toThrow(/on host other-host.*delete/)

    // Garbage (old enough not to be a concurrent writer) is taken over.
    fs.writeFileSync(lockPath, 'not json')
    fs.utimesSync(lockPath, new Date(Date.now() - 60_000), new Date(Date.now() - 60_000))
    const release = acquirePgliteLock(dir)
    expect(JSON.parse(fs.readFileSync(lockPath, 'utf8'))).toMatchObject({ pid: process.pid })
    release()
  })
})

describe('startup: the process-wide database (db/client.ts)', () => {
  it('does not cache a failed start: the next getDb() tries again', async () => {
    const { getDb, closeDb } = await import('./client')
    const saved = process.env.DATABASE_URL
    try {
      process.env.DATABASE_URL = `postgres://postgres@127.0.0.1:${await freePort()}/x`
      await expect(getDb()).rejects.toThrow(
        /^Cannot reach PostgreSQL at 127\.0\.0\.1:\d+ \(connection refused\)/,
      )
      process.env.DATABASE_URL = 'mysql://x'
      await expect(getDb()).rejects.toThrow(/must start with postgres:\/\//)
    } finally {
      process.env.DATABASE_URL = saved
      await closeDb()
    }
  })

  const serverUrl = testDatabaseUrl
  if (serverUrl) {
    it('opens, migrates and memoises one database per process (TEST_DATABASE_URL server)', async () => {
      const { createTestDatabase } = await import('@/test/db')
      const { getDb, closeDb, migrate } = await import('./client')
      const target = await createTestDatabase('postgres')
      const saved = process.env.DATABASE_URL
      try {
        process.env.DATABASE_URL = target.url ?? ''
        const [a, b] = await Promise.all([getDb(), getDb()])
        expect(a).toBe(b)
        await migrate()
        expect(await a.select({ id: organization.id }).from(organization)).toEqual([])
        await closeDb()
        expect(await getDb()).not.toBe(a)
      } finally {
        process.env.DATABASE_URL = saved
        await closeDb()
        await target.close()
      }
    })
  }
})
