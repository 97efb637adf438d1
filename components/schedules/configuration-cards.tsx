'use client'

import { useId } from 'react'
import { AssistantCard } from './assistant-card'
import { BusinessHoursCard } from './business-hours-card'
import { MessageCard } from './message-card'
import { SpecialDatesCard } from './special-dates-card'

export type ConfigurationCardsProps = {
  /** The server's render instant (ISO). */
  renderedAt: string
  /** "YYYY-MM-DD" today in the scope's time zone. */
  today: string
  organizationCountry: string
  /** What {empresa} becomes in the out-of-hours message. */
  companyName: string
  disabled: boolean
}

/**
 * A scope's own configuration as the editor lays it out — hours, special dates, message, assistant and priority —
 * inside a react-hook-form FormProvider of FormValues. The editor edits through it; a saved version shows it
 * disabled (docs/behaviour.md §6 › Versions), so both look the same.
 */
export function ConfigurationCards({
  renderedAt,
  today,
  organizationCountry,
  companyName,
  disabled,
}: ConfigurationCardsProps) {
  const titleIds = { hours: useId(), dates: useId(), message: useId() }
  return (
    <>
      <BusinessHoursCard titleId={titleIds.hours} renderedAt={renderedAt} disabled={disabled} />
      <SpecialDatesCard
        titleId={titleIds.dates}
        today={today}
        disabled={disabled}
        importCountry={organizationCountry}
      />
      <MessageCard
        titleId={titleIds.message}
        disabled={disabled}
        companyName={companyName}
        renderedAt={renderedAt}
      />
      <AssistantCard today={today} disabled={disabled} importCountry={organizationCountry} />
    </>
  )
}
