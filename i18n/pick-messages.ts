import type { NAMESPACES } from './config'

type Namespace = (typeof NAMESPACES)[number]
/** A namespace (`'schedules'`) or a branch inside one (`'schedules.timeZone'`). */
export type MessagePath = Namespace | `${Namespace}.${string}`

type Messages = Record<string, unknown>

/** The branches of `messages` named by `paths`, nested as in the catalogue; a missing branch is left out. */
export function pickMessages(messages: Messages, paths: readonly MessagePath[]): Messages {
  const picked: Messages = {}
  for (const path of paths) {
    const keys = path.split('.')
    let source: unknown = messages
    for (const key of keys) source = (source as Messages | undefined)?.[key]
    if (source === undefined) continue
    let target = picked
    for (const key of keys.slice(0, -1)) target = (target[key] ??= {}) as Messages
    target[keys.at(-1)!] = source
  }
  return picked
}
