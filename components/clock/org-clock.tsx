'use client'
// Issue 11.4 — one clock on every page: times in the organization's zone (docs/decisions/009-one-clock.md, lib/clock/org-clock),
// with the zone named when the viewer's browser is in another one. The zone comes from the app layout
// (OrgClockProvider); only the browser knows its own zone, so the label appears after hydration.
import { createContext, use, useSyncExternalStore } from 'react'
import { useLocale } from 'next-intl'
import { formatInZone, needsZoneLabel, zoneLabel, type ClockStyle } from '@/lib/clock/org-clock'

const OrgZoneContext = createContext<string | null>(null)

export function OrgClockProvider({ timeZone, children }: { timeZone: string; children: React.ReactNode }) {
  return <OrgZoneContext value={timeZone}>{children}</OrgZoneContext>
}

const noopSubscribe = () => () => {}
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone
const unknownZone = () => null

/** The viewer's browser zone; null in the server render and during hydration. */
export function useViewerZone(): string | null {
  return useSyncExternalStore(noopSubscribe, browserZone, unknownZone)
}

export type OrgClock = {
  /** The organization's IANA zone. */
  zone: string
  format: (at: Date | number | string, style: ClockStyle) => string
  /** "hora de Colombia, GMT-5" when the viewer's browser is in another zone, else null. */
  label: (at: Date | number | string) => string | null
}

const toMs = (at: Date | number | string) => (typeof at === 'string' ? Date.parse(at) : at)

export function useOrgClock(): OrgClock {
  const zone = use(OrgZoneContext) ?? 'UTC'
  const locale = useLocale()
  const viewerZone = useViewerZone()
  return {
    zone,
    format: (at, style) => formatInZone(toMs(at), locale, zone, style),
    label: (at) => (needsZoneLabel(zone, viewerZone) ? zoneLabel(toMs(at), locale, zone) : null),
  }
}

/** " (hora de Colombia, GMT-5)" after a time, only for a viewer in another zone. */
export function ZoneNote({ at }: { at: string }) {
  const label = useOrgClock().label(at)
  return label ? (
    <span className="text-muted-foreground" data-testid="zone-note">
      {' '}
      ({label})
    </span>
  ) : null
}

/** A time in the organization's zone, with the zone note when the viewer is elsewhere. */
export function OrgTime({ at, style = 'dateTime' }: { at: string; style?: ClockStyle }) {
  const clock = useOrgClock()
  return (
    <>
      {/* Same zone on the server and in the browser; only ICU versions could differ in punctuation. */}
      <time dateTime={at} suppressHydrationWarning>
        {clock.format(at, style)}
      </time>
      <ZoneNote at={at} />
    </>
  )
}
