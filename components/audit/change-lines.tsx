// The change lines of an audit entry — or of what a restore would change — in the reader's language with the
// editor's labels (lib/settings/audit-description turns the stored before/after into items). Every value is React
// text (escaped), never HTML: names and messages are user input. No hooks: server components render it.
import type { getFormatter, getTranslations } from 'next-intl/server'
import type { TimeRange } from '@/lib/schedule/types'
import {
  calendarDate,
  describeChanges,
  type ChangeItem,
  type DateSummary,
  type ScheduleTarget,
} from '@/lib/settings/audit-description'
import { zoneChoiceLabel } from '@/lib/clock/zone-name'

export type Translate = Awaited<ReturnType<typeof getTranslations<'schedules'>>>
export type Format = Awaited<ReturnType<typeof getFormatter>>

/** One line of the history: a label and what it changed from and to (or a single statement). */
type Line = { label: string; before?: string; after?: string; statement?: string }

export function describeLines(items: ChangeItem[], t: Translate, format: Format, locale: string): Line[] {
  const empty = t('history.emptyValue')
  const rangesText = (ranges: TimeRange[], closed: string) =>
    ranges.length === 0 ? closed : ranges.map((r) => `${r.start}–${r.end}`).join(', ')
  const dateText = (d: DateSummary) => {
    const at = calendarDate(d.date)
    const day = at ? format.dateTime(at, { dateStyle: 'medium', timeZone: 'UTC' }) : d.date
    return d.label ? `${day} (${d.label})` : day
  }
  const dateValue = (d: DateSummary) => rangesText(d.ranges, t('dates.closed'))
  const datesLabel = (target: ScheduleTarget) =>
    target === 'business' ? t('dates.title') : t('assistant.schedule.dates')
  const hoursLabel = (target: ScheduleTarget, day: string) =>
    target === 'business' ? day : `${t('assistant.schedule.title')} · ${day}`
  const mode = (usesGeneral: boolean | null) =>
    usesGeneral === null ? empty : usesGeneral ? t('editor.mode.general') : t('editor.mode.own')
  const priority = (p: 'agents' | 'assistant' | null) => (p ? t(`priority.${p}`) : empty)
  const yesNo = (b: boolean) => (b ? t('history.yes') : t('history.no'))
  const assistantMode = (m: 'always' | 'own') =>
    m === 'always' ? t('assistant.schedule.always') : t('assistant.schedule.custom')

  return items.map((item): Line => {
    switch (item.kind) {
      case 'usesGeneral':
        return { label: t('editor.mode.title'), before: mode(item.before), after: mode(item.after) }
      case 'name':
        return { label: t('history.fields.name'), before: item.before ?? empty, after: item.after ?? empty }
      case 'timeZone':
        return {
          label: t('timeZone.label'),
          before: item.before ? zoneChoiceLabel(item.before, locale) : empty,
          after: item.after ? zoneChoiceLabel(item.after, locale) : empty,
        }
      case 'weekday':
        return {
          label: hoursLabel(item.target, t(`hours.days.${item.day}`)),
          before: rangesText(item.before, t('hours.closed')),
          after: rangesText(item.after, t('hours.closed')),
        }
      case 'dateAdded':
        return {
          label: datesLabel(item.target),
          statement: `${t('history.dateAdded', { date: dateText(item.date) })} · ${dateValue(item.date)}`,
        }
      case 'dateRemoved':
        return {
          label: datesLabel(item.target),
          statement: `${t('history.dateRemoved', { date: dateText(item.date) })} · ${dateValue(item.date)}`,
        }
      case 'dateChanged':
        return {
          label: `${datesLabel(item.target)} · ${dateText(item.after)}`,
          before: item.before.label !== item.after.label ? dateText(item.before) : dateValue(item.before),
          after: item.before.label !== item.after.label ? dateText(item.after) : dateValue(item.after),
        }
      case 'message':
        return { label: t('message.title'), before: item.before || empty, after: item.after || empty }
      case 'priority':
        return { label: t('priority.label'), before: priority(item.before), after: priority(item.after) }
      case 'assistantCreated':
        return {
          label: t('assistant.title'),
          statement: [
            t('history.assistantCreated', { name: item.name }),
            item.active ? t('history.active') : t('history.inactive'),
            assistantMode(item.mode),
          ].join(' · '),
        }
      case 'assistantRemoved':
        return { label: t('assistant.title'), statement: t('history.assistantRemoved', { name: item.name }) }
      case 'assistantName':
        return { label: t('assistant.name'), before: item.before || empty, after: item.after || empty }
      case 'assistantActive':
        return { label: t('assistant.active'), before: yesNo(item.before), after: yesNo(item.after) }
      case 'assistantMode':
        return {
          label: t('assistant.schedule.title'),
          before: assistantMode(item.before),
          after: assistantMode(item.after),
        }
      case 'assistantFollowsBusinessOverrides':
        return {
          label: t('history.fields.assistant_followsBusinessOverrides'),
          before: yesNo(item.before),
          after: yesNo(item.after),
        }
      case 'other': {
        // Message language and versions (issue 16): labelled from history.fields, a language by its name.
        const key = `history.fields.${item.field.replaceAll('.', '_')}`
        const label = t.has(key as 'history.fields.name') ? t(key as 'history.fields.name') : item.field
        const value = (v: string) =>
          item.field === 'outOfHoursLanguage' && t.has(`message.languages.${v}` as 'message.languages.es')
            ? t(`message.languages.${v}` as 'message.languages.es')
            : v || empty
        return { label, before: value(item.before), after: value(item.after) }
      }
    }
  })
}

/** The lines of `changes` (an audit entry's, or a restore's) as a list: "Label: before → after" or a statement. */
export function ChangeList({
  changes,
  t,
  format,
  locale,
  className,
}: {
  changes: unknown
  t: Translate
  format: Format
  /** The reader's language (zone names). */
  locale: string
  className?: string
}) {
  return (
    <ul className={className ?? 'mt-1 space-y-0.5 text-xs'}>
      {describeLines(describeChanges(changes), t, format, locale).map((line, i) => (
        <li key={i} className="min-w-0 break-words" data-testid="audit-change">
          <span className="font-medium">{line.label}:</span>{' '}
          {line.statement ?? (
            <>
              <span className="text-muted-foreground line-through">{line.before}</span>{' '}
              <span role="img" aria-label={t('history.changedTo')}>
                →
              </span>{' '}
              <span>{line.after}</span>
            </>
          )}
        </li>
      ))}
    </ul>
  )
}
