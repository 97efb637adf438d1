'use client'

import { useLocale, useTranslations } from 'next-intl'
import { zoneLabel } from '@/lib/clock/org-clock'
import { formatDayTime, formatLongDate, formatTime } from './format'

/** The simulated moment in the scope's zone, and in the viewer's own zone when it differs. */
export function MomentSummary({
  instant,
  timeZone: tz,
  viewerZone,
}: {
  instant: Date
  timeZone: string
  /** null until hydrated (the server does not know the viewer's zone). */
  viewerZone: string | null
}) {
  const t = useTranslations('preview')
  const locale = useLocale()
  return (
    <div
      className="rounded-md bg-muted px-3 py-2 text-sm"
      data-testid="moment"
      data-at={instant.toISOString()}
    >
      <p className="font-medium">
        {t('moment.scopeZone', {
          time: `${formatLongDate(instant.getTime(), locale, tz)}, ${formatTime(instant.getTime(), locale, tz)}`,
          zone: zoneLabel(instant, locale, tz),
        })}
      </p>
      <p className="text-muted-foreground" data-testid="viewer-zone">
        {viewerZone === null
          ? '\u00a0'
          : viewerZone === tz
            ? t('moment.sameZone')
            : t('moment.viewerZone', {
                zone: zoneLabel(instant, locale, viewerZone),
                time: formatDayTime(instant.getTime(), locale, viewerZone),
              })}
      </p>
    </div>
  )
}
