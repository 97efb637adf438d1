'use client'

import { useTranslations } from 'next-intl'
import { Label } from '@/components/ui/label'
import { RadioGroup, RadioGroupItem } from '@/components/ui/radio-group'
import { SectionCard } from './section-card'

export type ScopeMode = 'general' | 'own'

/** A department's choice: inherit General's configuration or keep its own (docs/behaviour.md §3). */
export function ScopeModeCard({
  titleId,
  mode,
  onModeChange,
  disabled,
  children,
}: {
  titleId: string
  mode: ScopeMode
  onModeChange: (mode: ScopeMode) => void
  disabled: boolean
  /** Shown below the choice (the "Copiar de…" control while the department has its own configuration). */
  children?: React.ReactNode
}) {
  const t = useTranslations('schedules.editor.mode')
  return (
    <SectionCard titleId={titleId} title={t('title')}>
      <RadioGroup
        value={mode}
        onValueChange={(value) => onModeChange(value === 'general' ? 'general' : 'own')}
        disabled={disabled}
        aria-labelledby={titleId}
        className="grid gap-3 sm:grid-cols-2"
      >
        {(['general', 'own'] as const).map((option) => (
          <Label
            key={option}
            htmlFor={`mode-${option}`}
            className="flex cursor-pointer items-start gap-3 rounded-lg border p-3 font-normal has-[[data-state=checked]]:border-primary has-[[data-state=checked]]:bg-muted"
          >
            <RadioGroupItem id={`mode-${option}`} value={option} className="mt-0.5" />
            <span className="flex flex-col gap-1">
              <span className="font-medium">{t(option)}</span>
              <span className="text-xs leading-snug text-muted-foreground">{t(`${option}Hint`)}</span>
            </span>
          </Label>
        ))}
      </RadioGroup>
      {children && <div className="mt-4 flex flex-wrap items-center gap-2">{children}</div>}
    </SectionCard>
  )
}
