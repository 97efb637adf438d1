'use client'

import { useTranslations } from 'next-intl'
import { FieldError } from '@/components/ui/form-message'
import { Input } from '@/components/ui/input'
import { Label } from '@/components/ui/label'
import { RadioGroup, RadioGroupItem } from '@/components/ui/radio-group'

/** "Asesores en línea": the live count, or a simulated number typed by the viewer. */
export function AgentsFieldset({
  id,
  live,
  whatIf,
  draft,
  invalid,
  onLive,
  onDraft,
}: {
  id: string
  live: number
  whatIf: number | null
  draft: string
  invalid: boolean
  onLive: () => void
  onDraft: (value: string) => void
}) {
  const t = useTranslations('preview')
  return (
    <fieldset className="grid gap-3">
      <legend className="mb-1.5 text-sm font-medium">{t('controls.agents')}</legend>
      <RadioGroup
        value={whatIf === null ? 'live' : 'whatIf'}
        onValueChange={(v) => {
          if (v === 'live') onLive()
          else onDraft(String(live))
        }}
        className="flex flex-wrap gap-4"
        aria-label={t('controls.agents')}
      >
        <div className="flex items-center gap-2">
          <RadioGroupItem value="live" id={`${id}-live`} />
          <Label htmlFor={`${id}-live`} className="font-normal">
            {t('controls.live', { count: live })}
          </Label>
        </div>
        <div className="flex items-center gap-2">
          <RadioGroupItem value="whatIf" id={`${id}-whatif`} />
          <Label htmlFor={`${id}-whatif`} className="font-normal">
            {t('controls.whatIf')}
          </Label>
        </div>
      </RadioGroup>
      {whatIf !== null ? (
        <div className="grid gap-1">
          <Label htmlFor={`${id}-agents`}>{t('controls.whatIfCount')}</Label>
          <Input
            id={`${id}-agents`}
            type="number"
            inputMode="numeric"
            min={0}
            max={999}
            step={1}
            className="w-28"
            value={draft}
            aria-invalid={invalid}
            aria-describedby={`${id}-agents-error`}
            onChange={(e) => onDraft(e.currentTarget.value)}
          />
        </div>
      ) : null}
      <FieldError id={`${id}-agents-error`} message={invalid ? t('controls.invalidAgents') : undefined} />
    </fieldset>
  )
}
