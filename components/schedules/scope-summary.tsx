import { getTranslations } from 'next-intl/server'
import type { ScopeSettings } from '@/lib/settings/types'
import { WEEKDAYS } from '@/lib/schedule/types'
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card'

/** Read-only view of a scope's weekly hours (first screen; the editor builds on it). */
export async function ScopeSummaryCard({ settings }: { settings: ScopeSettings }) {
  const t = await getTranslations('schedules.summary')
  const { business } = settings.config
  return (
    <Card>
      <CardHeader>
        <CardTitle>{settings.departmentId ? settings.name : t('general')}</CardTitle>
        <CardDescription>
          {settings.usesGeneral ? t('usesGeneral') : t('timeZone', { zone: business.timeZone })}
        </CardDescription>
      </CardHeader>
      <CardContent>
        <dl className="grid grid-cols-[8rem_1fr] gap-y-1 text-sm">
          {WEEKDAYS.map((day) => (
            <div key={day} className="contents">
              <dt className="font-medium">{t(`days.${day}`)}</dt>
              <dd>
                {business.weekly[day].length === 0
                  ? t('closed')
                  : business.weekly[day].map((r) => `${r.start}–${r.end}`).join(', ')}
              </dd>
            </div>
          ))}
        </dl>
      </CardContent>
    </Card>
  )
}
