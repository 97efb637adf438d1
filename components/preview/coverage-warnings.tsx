'use client'

import { useTranslations } from 'next-intl'
import { AlertTriangleIcon, CheckCircle2Icon } from '@/components/ui/icons'
import type { CoverageWarning } from '@/lib/routing'
import { weekdayRuns } from '@/lib/preview/weekdays'
import { cn } from '@/lib/utils'

/** The week's gaps in words: when nobody answers, and when conversations only queue for an agent. */
export function Warnings({
  warnings,
  assistantName,
}: {
  warnings: CoverageWarning[]
  /** The scope's active assistant, if any: a gap then means "outside its own hours", not "no assistant". */
  assistantName: string | null
}) {
  const t = useTranslations('preview')
  const days = (w: CoverageWarning) =>
    weekdayRuns(w.weekdays)
      .map(([a, b]) => (a === b ? t(`weekday.${a}`) : `${t(`weekdayShort.${a}`)}–${t(`weekdayShort.${b}`)}`))
      .join(', ')
  return (
    <section aria-labelledby="coverage-warnings-title" data-testid="coverage-warnings">
      <h3 id="coverage-warnings-title" className="mb-2 text-base font-semibold">
        {t('coverage.warnings')}
      </h3>
      {warnings.length === 0 ? (
        <p className="flex items-center gap-2 text-sm text-success">
          <CheckCircle2Icon aria-hidden className="size-4" />
          {t('coverage.noWarnings')}
        </p>
      ) : (
        <ul className="grid gap-2">
          {warnings.map((w) => (
            <li
              key={`${w.code}-${w.start}-${w.end}-${w.weekdays.join()}`}
              data-code={w.code}
              className={cn(
                'flex items-start gap-2 rounded-md border px-3 py-2 text-sm',
                w.code === 'no_one_outside_hours'
                  ? 'border-warning/40 bg-warning-soft text-warning'
                  : 'bg-muted/50',
              )}
            >
              <AlertTriangleIcon aria-hidden className="mt-0.5 size-4 shrink-0" />
              <span>
                <span className="font-medium" data-testid="warning-text">
                  {t(w.code === 'no_one_outside_hours' ? 'coverage.noOne' : 'coverage.queue', {
                    days: days(w),
                    start: w.start,
                    end: w.end,
                  })}
                </span>
                <span className="block text-xs opacity-90">
                  {assistantName === null
                    ? t(w.code === 'no_one_outside_hours' ? 'coverage.noOneHint' : 'coverage.queueHint')
                    : t(
                        w.code === 'no_one_outside_hours'
                          ? 'coverage.noOneAssistantHint'
                          : 'coverage.queueAssistantHint',
                        {
                          assistant: assistantName,
                        },
                      )}
                </span>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
