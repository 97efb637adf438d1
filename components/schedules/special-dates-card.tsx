'use client'

import { useTranslations } from 'next-intl'
import { CalendarDays } from '@/components/ui/icons'
import { SectionCard } from './section-card'
import { OverridesEditor } from './overrides-editor'

/** "Fechas especiales" of the business hours: holidays and one-off days (docs/behaviour.md §4). */
export function SpecialDatesCard({
  titleId,
  today,
  disabled,
  importCountry,
}: {
  titleId: string
  today: string
  disabled: boolean
  importCountry: string
}) {
  const t = useTranslations('schedules.dates')
  return (
    <SectionCard titleId={titleId} icon={CalendarDays} title={t('title')} description={t('description')}>
      <OverridesEditor
        base="config.business"
        today={today}
        disabled={disabled}
        importCountry={importCountry}
      />
    </SectionCard>
  )
}
