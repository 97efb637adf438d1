import { isOpen, nextChange, emptyWeek } from './index'
import { getZone, offsetAt } from './zone'
const week = { ...emptyWeek(), mon: [{ start: '08:00', end: '18:00' }] }
isOpen({ timeZone: 'America/Bogota', weekly: week, overrides: [] }, new Date(Date.UTC(2026, 3, 1)))
for (const z of ['Asia/Kathmandu', 'Europe/Lisbon', 'Australia/Adelaide', 'Asia/Tokyo']) {
  let t0 = performance.now()
  const dtf = new Intl.DateTimeFormat('en-US', { timeZone: z, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' })
  const t1 = performance.now()
  dtf.format(new Date(1.7e12))
  const t2 = performance.now()
  const zone = getZone(z)
  const t3 = performance.now()
  offsetAt(zone, Date.UTC(2026, 5, 1))
  const t4 = performance.now()
  const s = { timeZone: z, weekly: week, overrides: [] }
  isOpen(s, new Date(Date.UTC(2026, 5, 3)))
  const t5 = performance.now()
  nextChange(s, new Date(Date.UTC(2026, 5, 3)))
  const t6 = performance.now()
  console.log(z, 'ctor', (t1 - t0).toFixed(2), 'fmt1', (t2 - t1).toFixed(2), 'getZone', (t3 - t2).toFixed(2), 'chunk', (t4 - t3).toFixed(2), 'isOpen', (t5 - t4).toFixed(2), 'next', (t6 - t5).toFixed(2))
}
