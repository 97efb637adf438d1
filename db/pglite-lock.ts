// No 'server-only' here: used by scripts through db/connection.ts.
//
// PGlite is a single-process database: two processes opening the same data folder corrupt it, and PGlite does not
// lock the folder itself. We keep a lock file with the owner's PID (and its start time, so a PID reused after a
// restart is not mistaken for the owner) in the data folder. A lock whose owner is gone is taken over.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { DatabaseStartupError } from './startup-error'

export const LOCK_FILE_NAME = 'horarios-owner.lock'

export type LockOwner = { pid: number; hostname: string; startedAt: number | null }

/** Lock files held by this process (absolute paths), to tell "opened twice here" from "left by a previous run". */
const heldLocks = new Set<string>()

/** Linux only: when the process started (ms since epoch), from /proc; null where /proc is not available. */
export function processStartedAt(pid: number): number | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8')
    // Field 2 (comm) may contain spaces and parentheses; fields after the last ')' start at field 3.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    const startTicks = Number(fields[19])
    const bootLine = fs
      .readFileSync('/proc/stat', 'utf8')
      .split('\n')
      .find((line) => line.startsWith('btime '))
    const bootSeconds = Number(bootLine?.split(' ')[1])
    if (!Number.isFinite(startTicks) || !Number.isFinite(bootSeconds)) return null
    const clockTicksPerSecond = 100 // USER_HZ: 100 on every Linux architecture Node.js supports
    return Math.round((bootSeconds + startTicks / clockTicksPerSecond) * 1000)
  } catch {
    return null
  }
}

function isAlive(owner: LockOwner): boolean {
  try {
    process.kill(owner.pid, 0)
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
  if (owner.startedAt === null) return true
  const startedAt = processStartedAt(owner.pid)
  // A different start time means the PID was reused by an unrelated process after the owner died.
  return startedAt === null || Math.abs(startedAt - owner.startedAt) < 2_000
}

function readOwner(lockPath: string): LockOwner | null {
  try {
    const parsed: unknown = JSON.parse(fs.readFileSync(lockPath, 'utf8'))
    if (typeof parsed !== 'object' || parsed === null) return null
    const { pid, hostname, startedAt } = parsed as Record<string, unknown>
    if (typeof pid !== 'number' || typeof hostname !== 'string') return null
    return { pid, hostname, startedAt: typeof startedAt === 'number' ? startedAt : null }
  } catch {
    return null
  }
}

function inUseError(dataDir: string, lockPath: string, owner: LockOwner): DatabaseStartupError {
  const where = path.relative(process.cwd(), dataDir) || dataDir
  const by =
    owner.hostname === os.hostname()
      ? `process ${owner.pid}`
      : `process ${owner.pid} on host ${owner.hostname}`
  return new DatabaseStartupError(
    `The embedded database in ${where} is already in use by ${by}; stop that process (for example another "npm run dev") or set PGLITE_DIR to another folder, and if that process no longer exists delete ${lockPath}.`,
  )
}

/** Takes the lock of `dataDir` (which must exist) or throws DatabaseStartupError. Returns the release function. */
export function acquirePgliteLock(dataDir: string): () => void {
  const lockPath = path.resolve(dataDir, LOCK_FILE_NAME)
  const me: LockOwner = {
    pid: process.pid,
    hostname: os.hostname(),
    startedAt: processStartedAt(process.pid),
  }

  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      fs.writeFileSync(lockPath, JSON.stringify(me), { flag: 'wx' })
      heldLocks.add(lockPath)
      const releaseOnExit = () => release()
      const release = () => {
        process.off('exit', releaseOnExit)
        if (!heldLocks.delete(lockPath)) return
        if (readOwner(lockPath)?.pid !== me.pid) return
        fs.rmSync(lockPath, { force: true })
      }
      process.on('exit', releaseOnExit)
      return release
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    }

    const owner = readOwner(lockPath)
    if (owner) {
      const sameHost = owner.hostname === me.hostname
      const itsUs = sameHost && owner.pid === me.pid
      if (itsUs && heldLocks.has(lockPath)) throw inUseError(dataDir, lockPath, owner)
      // Another host's PIDs mean nothing here: never steal its lock.
      if (!sameHost) throw inUseError(dataDir, lockPath, owner)
      if (!itsUs && isAlive(owner)) throw inUseError(dataDir, lockPath, owner)
    } else if (Date.now() - safeMtime(lockPath) < 1_000) {
      // Unreadable and brand new: another process is writing it right now. Let it finish.
      sleepSync(50)
      continue
    }
    // Stale (owner gone, PID reused, or garbage): take it over.
    fs.rmSync(lockPath, { force: true })
  }
  throw new DatabaseStartupError(
    `Cannot lock the embedded database in ${dataDir} because other processes keep opening it; stop them and try again.`,
  )
}

function safeMtime(file: string): number {
  try {
    return fs.statSync(file).mtimeMs
  } catch {
    return 0
  }
}

function sleepSync(ms: number) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms)
}
