// Routing benchmark (issue 4). Run: npx tsx bench/routing.bench.ts
// Targets on this machine: decide ≤ 1 µs per call (warm, varied instants & configs);
// coverage for 50 departments × 7 days ≤ 5 ms in total. Prints PASS/FAIL but always exits 0.
import { cpus, loadavg } from 'node:os'
import type { Schedule, TimeRange, Weekday } from '../lib/schedule/types'
import { coverage, coverageWarnings, decide, overflow, type RoutingConfig } from '../lib/routing'

const DAY = 86_400_000
const ZONES = [
  'America/Bogota',
  'America/New_York',
  'America/Santiago',
  'America/Mexico_City',
  'Europe/Madrid',
]
const DAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']

function week(pick: (day: Weekday) => [string, string][]): Record<Weekday, TimeRange[]> {
  const weekly = {} as Record<Weekday, TimeRange[]>
  for (const day of DAYS) weekly[day] = pick(day).map(([start, end]) => ({ start, end }))
  return weekly
}

const workdays = (day: Weekday) => day !== 'sat' && day !== 'sun'
const SHAPES: ((day: Weekday) => [string, string][])[] = [
  (d) => (workdays(d) ? [['09:00', '18:00']] : []),
  (d) =>
    workdays(d)
      ? [
          ['08:00', '13:00'],
          ['14:00', '18:30'],
        ]
      : d === 'sat'
        ? [['09:00', '13:00']]
        : [],
  () => [['00:00', '24:00']],
  (d) => (d === 'sun' ? [] : [['07:00', '22:00']]),
  (d) => (workdays(d) ? [['22:00', '06:00']] : []),
]
const ASSISTANT_SHAPES: ((day: Weekday) => [string, string][])[] = [
  () => [['18:00', '09:00']],
  (d) => (workdays(d) ? [['08:00', '16:00']] : [['00:00', '24:00']]),
  () => [['20:00', '07:00']],
]

function schedule(timeZone: string, shape: (day: Weekday) => [string, string][], holidays: number): Schedule {
  const overrides = Array.from({ length: holidays }, (_, i) => ({
    date: new Date(Date.UTC(2026, 0, 1) + (i * 29 + 5) * DAY).toISOString().slice(0, 10),
    ranges: i % 3 === 0 ? [{ start: '10:00', end: '14:00' }] : [],
  }))
  return { timeZone, weekly: week(shape), overrides }
}

/** 50 department-like configurations covering every assistant variant and priority. */
const configs: RoutingConfig[] = Array.from({ length: 50 }, (_, i) => {
  const timeZone = ZONES[i % ZONES.length] ?? 'UTC'
  const business = schedule(timeZone, SHAPES[i % SHAPES.length] ?? (() => []), i % 12)
  const variant = i % 4
  const assistantShape = ASSISTANT_SHAPES[i % ASSISTANT_SHAPES.length] ?? (() => [])
  const assistant: RoutingConfig['assistant'] =
    variant === 0
      ? null
      : variant === 1
        ? { active: false, schedule: null }
        : variant === 2
          ? { active: true, schedule: null }
          : { active: true, schedule: schedule(timeZone, assistantShape, 2) }
  return { business, assistant, priority: i % 3 === 0 ? 'agents' : 'assistant' }
})

// Deterministic pseudo-random instants across 2026 (xorshift), pre-built so the loop measures decide only.
let seed = 0x2026
const random = () => {
  seed ^= seed << 13
  seed ^= seed >>> 17
  seed ^= seed << 5
  return (seed >>> 0) / 2 ** 32
}
const INSTANTS = Array.from(
  { length: 8192 },
  () => new Date(Date.UTC(2026, 0, 1) + Math.floor(random() * 365 * DAY)),
)
const AGENTS = Array.from({ length: 8192 }, () => Math.floor(random() * 3))

/**
 * Wall time and this process's CPU time (user + system). On a shared, oversubscribed machine wall time mostly
 * measures the OS scheduler; CPU time is what the calls cost. Both are printed; the verdict uses CPU time.
 */
type Timing = { wallNs: number; cpuNs: number }

function timed(run: () => void): Timing {
  const cpu = process.cpuUsage()
  const wall = process.hrtime.bigint()
  run()
  const wallNs = Number(process.hrtime.bigint() - wall)
  const used = process.cpuUsage(cpu)
  return { wallNs, cpuNs: (used.user + used.system) * 1000 }
}

let checksum = 0

function runDecide(calls: number, fn: typeof decide): Timing {
  const t = timed(() => {
    for (let i = 0; i < calls; i++) {
      const d = fn(configs[i % configs.length]!, INSTANTS[i & 8191]!, AGENTS[(i * 7) & 8191]!)
      checksum += d.until === null ? 1 : d.responder.length
    }
  })
  return { wallNs: t.wallNs / calls, cpuNs: t.cpuNs / calls }
}

function runCoverage(from: Date): Timing {
  const to = new Date(from.getTime() + 7 * DAY)
  let segments = 0
  const t = timed(() => {
    for (let i = 0; i < configs.length; i++) segments += coverage(configs[i]!, from, to, i % 2).length
  })
  if (segments === 0) throw new Error('no segments')
  return t
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)] ?? NaN
}
const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL')

// Warm-up: JIT and the schedule engine's per-schedule caches (compiled schedules, zone tables, day instants).
runDecide(300_000, decide)
runDecide(100_000, overflow)
for (let i = 0; i < 20; i++) runCoverage(INSTANTS[i]!)

const decideRuns = Array.from({ length: 7 }, () => runDecide(1_000_000, decide))
const overflowRuns = Array.from({ length: 5 }, () => runDecide(1_000_000, overflow))
// A fresh week start each run so the numbers include the engine work for new days, not just cache hits.
const coverageRuns = Array.from({ length: 41 }, (_, i) => runCoverage(INSTANTS[100 + i * 97]!))
const warnings = timed(() => {
  for (const c of configs) coverageWarnings(c, INSTANTS[0]!, new Date(INSTANTS[0]!.getTime() + 7 * DAY))
})

const decideCpu = median(decideRuns.map((r) => r.cpuNs))
const decideWall = median(decideRuns.map((r) => r.wallNs))
const coverageCpuMs = median(coverageRuns.map((r) => r.cpuNs)) / 1e6
const coverageWallMs = median(coverageRuns.map((r) => r.wallNs)) / 1e6
const load = loadavg()[0] ?? 0
console.log(`machine: ${cpus().length} CPUs, load average ${load.toFixed(1)}`)
console.log(
  `decide:   ${decideCpu.toFixed(0)} ns/call CPU (${decideWall.toFixed(0)} ns wall), median of 7 × 1e6 warm calls over 50 configs — target ≤ 1000 ns: ${verdict(decideCpu <= 1000)}`,
)
console.log(
  `coverage: ${coverageCpuMs.toFixed(3)} ms CPU (${coverageWallMs.toFixed(3)} ms wall) for 50 departments × 7 days, median of 41 — target ≤ 5 ms: ${verdict(coverageCpuMs <= 5)}`,
)
console.log(
  `info: overflow ${median(overflowRuns.map((r) => r.cpuNs)).toFixed(0)} ns/call CPU; coverageWarnings 50 × 7 days ${(warnings.cpuNs / 1e6).toFixed(1)} ms CPU (no target)`,
)
console.log(`checksum ${checksum}`)
