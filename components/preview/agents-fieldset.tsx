'use client'

import { useTranslations } from 'next-intl'
import type { AgentCounts } from '@/lib/routing'
import { FieldError } from '@/components/ui/form-message'
import { Input } from '@/components/ui/input'
import { Label } from '@/components/ui/label'
import { RadioGroup, RadioGroupItem } from '@/components/ui/radio-group'

function CountInput({
  id,
  name,
  label,
  value,
  invalid,
  onChange,
}: {
  id: string
  /** The URL parameter it sets when the form is submitted without JavaScript. */
  name: string
  label: string
  value: string
  invalid: boolean
  onChange: (value: string) => void
}) {
  return (
    <div className="grid gap-1">
      <Label htmlFor={id}>{label}</Label>
      <Input
        id={id}
        name={name}
        type="number"
        inputMode="numeric"
        min={0}
        max={999}
        step={1}
        className="w-28"
        value={value}
        aria-invalid={invalid}
        aria-describedby={`${id}-error`}
        onChange={(e) => onChange(e.currentTarget.value)}
      />
    </div>
  )
}

/**
 * "Asesores en línea": the live counts, or simulated ones typed by the viewer — how many online and, of those, how
 * many "con cupo" (below their maximum of active chats, §5 capacity).
 */
export function AgentsFieldset({
  id,
  live,
  whatIf,
  draft,
  roomDraft,
  invalid,
  roomInvalid,
  onLive,
  onWhatIf,
  onDraft,
  onRoomDraft,
}: {
  id: string
  live: AgentCounts
  whatIf: number | null
  draft: string
  roomDraft: string
  invalid: boolean
  roomInvalid: boolean
  onLive: () => void
  onWhatIf: () => void
  onDraft: (value: string) => void
  onRoomDraft: (value: string) => void
}) {
  const t = useTranslations('preview')
  return (
    <fieldset className="grid gap-3">
      <legend className="mb-1.5 text-sm font-medium">{t('controls.agents')}</legend>
      <RadioGroup
        value={whatIf === null ? 'live' : 'whatIf'}
        onValueChange={(v) => (v === 'live' ? onLive() : onWhatIf())}
        className="flex flex-wrap gap-4"
        aria-label={t('controls.agents')}
      >
        <div className="flex items-center gap-2">
          <RadioGroupItem value="live" id={`${id}-live`} />
          <Label htmlFor={`${id}-live`} className="font-normal">
            {t('controls.liveRoom', { count: live.online, available: live.available })}
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
        <div className="flex flex-wrap items-start gap-3">
          <CountInput
            id={`${id}-agents`}
            name="agents"
            label={t('controls.whatIfCount')}
            value={draft}
            invalid={invalid}
            onChange={onDraft}
          />
          <CountInput
            id={`${id}-room`}
            name="room"
            label={t('controls.whatIfRoom')}
            value={roomDraft}
            invalid={roomInvalid}
            onChange={onRoomDraft}
          />
        </div>
      ) : null}
      <FieldError id={`${id}-agents-error`} message={invalid ? t('controls.invalidAgents') : undefined} />
      <FieldError id={`${id}-room-error`} message={roomInvalid ? t('controls.invalidRoom') : undefined} />
    </fieldset>
  )
}
