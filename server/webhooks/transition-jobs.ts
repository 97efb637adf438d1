// routing.changed transitions as pg-boss jobs: one job per (scope, instant) waiting (startAfter) for the instant
// decide() gives as `until`, plus in-process wake-up timers so the instant is not late by a polling interval.
import { ROUTING_TRANSITION_QUEUE, type PgBoss } from '@/db/queue'

export type TransitionJob = { organizationId: string; scopeKey: string; effectiveAt: string }
export type TransitionGroup = { organizationId: string; at: Date; scopeKeys: string[] }

/** Jobs of one organization due at the same instant are decided together (one transaction). */
export function groupTransitionJobs(jobs: TransitionJob[]): TransitionGroup[] {
  const groups = new Map<string, TransitionGroup>()
  for (const job of jobs) {
    const key = `${job.organizationId}|${job.effectiveAt}`
    const group = groups.get(key) ?? {
      organizationId: job.organizationId,
      at: new Date(job.effectiveAt),
      scopeKeys: [],
    }
    group.scopeKeys.push(job.scopeKey)
    groups.set(key, group)
  }
  return [...groups.values()]
}

/** `offset` = real now − clock now: a job for clock instant T starts at real time T + offset. */
export async function queueTransitions(
  queue: PgBoss,
  organizationId: string,
  next: { scopeKey: string; at: Date }[],
  offset: number,
): Promise<void> {
  if (next.length === 0) return
  await queue.insert(
    next.map(({ scopeKey, at }) => ({
      name: ROUTING_TRANSITION_QUEUE,
      data: { organizationId, scopeKey, effectiveAt: at.toISOString() } satisfies TransitionJob,
      startAfter: new Date(at.getTime() + offset),
      // One job per (scope, instant), whichever instance schedules it.
      singletonKey: `${organizationId}|${scopeKey}|${at.toISOString()}`,
    })),
  )
}

/**
 * pg-boss workers poll (every 0.5 s at best); a transition due within the next 15 minutes also gets an in-process
 * timer that wakes this process's transition worker at the instant. Only a hint: the job in the database is what
 * runs (here or in any other instance), so a lost timer costs at most one polling interval.
 */
export class WakeTimers {
  private readonly timers = new Map<number, NodeJS.Timeout>()

  constructor(private readonly wake: () => void) {}

  at(realTime: number): void {
    const delay = realTime - Date.now()
    if (delay < 0 || delay > 15 * 60_000 || this.timers.has(realTime)) return
    const timer = setTimeout(() => {
      this.timers.delete(realTime)
      this.wake()
    }, delay + 5)
    timer.unref()
    this.timers.set(realTime, timer)
  }

  clear(): void {
    for (const timer of this.timers.values()) clearTimeout(timer)
    this.timers.clear()
  }
}
