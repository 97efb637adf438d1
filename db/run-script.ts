// Shared by scripts/*.ts (run with tsx; no 'server-only'): opens the configured database, runs `task`, closes it
// (which releases the PGlite lock so `next dev` can open the folder next) and exits. A DatabaseStartupError prints
// only its one-sentence message, without a stack trace.
import { configFromEnv, openDatabase, type DatabaseConfig, type DatabaseHandle } from './connection'
import { DatabaseStartupError } from './startup-error'

export async function runDbScript(task: (handle: DatabaseHandle, config: DatabaseConfig) => Promise<string>) {
  let handle: DatabaseHandle | null = null
  let exitCode = 0
  try {
    const config = configFromEnv()
    handle = await openDatabase(config)
    console.log(await task(handle, config))
  } catch (error) {
    exitCode = 1
    if (error instanceof DatabaseStartupError) console.error(`DatabaseStartupError: ${error.message}`)
    else console.error(error)
  } finally {
    await handle?.close().catch((error: unknown) => console.error(error))
  }
  process.exit(exitCode)
}
