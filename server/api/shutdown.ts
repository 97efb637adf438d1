// Graceful shutdown. `next start` already stops accepting connections on SIGTERM/SIGINT and waits for in-flight
// requests before exiting; on top of that, from the first signal /api/ready answers 503 (so a load balancer
// drains this instance) and the change-feed listener is closed once the server is done.
const globalShutdown = globalThis as typeof globalThis & {
  __horariosDraining?: boolean
  __horariosShutdownHooked?: boolean
}

export function isDraining(): boolean {
  return globalShutdown.__horariosDraining === true
}

export function installShutdownHooks(onDrain: () => void): void {
  if (globalShutdown.__horariosShutdownHooked) return
  globalShutdown.__horariosShutdownHooked = true
  const drain = () => {
    if (globalShutdown.__horariosDraining) return
    globalShutdown.__horariosDraining = true
    onDrain()
  }
  process.once('SIGTERM', drain)
  process.once('SIGINT', drain)
}
