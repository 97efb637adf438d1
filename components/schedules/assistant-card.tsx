'use client'

import { useId, useRef } from 'react'
import { Controller, useFormContext, useFormState, useWatch } from 'react-hook-form'
import { useTranslations } from 'next-intl'
import { Bot, Info, Plus, Trash2 } from '@/components/ui/icons'
import { MAX_ASSISTANT_NAME_LENGTH } from '@/lib/settings/scope-settings-values'
import type { Schedule } from '@/lib/schedule/types'
import { DEFAULT_PRIORITY } from '@/lib/routing/priority'
import { Button } from '@/components/ui/button'
import { ConfirmDialog } from '@/components/ui/confirm-dialog'
import { SectionCard } from './section-card'
import { Input } from '@/components/ui/input'
import { Label } from '@/components/ui/label'
import { RadioGroup, RadioGroupItem } from '@/components/ui/radio-group'
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '@/components/ui/select'
import { Switch } from '@/components/ui/switch'
import { FieldDescription, FieldError } from '@/components/ui/form-message'
import { OverridesEditor } from './overrides-editor'
import { WeeklyEditor } from './weekly-editor'
import { errorAt, type FormValues } from './form-fields'

/** docs/behaviour.md §3 / §6 — the scope's AI assistant: name, active switch, its schedule, and the Prioridad de atención. */
export function AssistantCard({
  today,
  disabled,
  importCountry,
}: {
  today: string
  disabled?: boolean
  importCountry: string
}) {
  const t = useTranslations('schedules.assistant')
  const { control, setValue, getValues, register, setFocus } = useFormContext<FormValues>()
  const assistant = useWatch({ control, name: 'config.assistant' })
  const { errors } = useFormState({ control, name: 'config.assistant' })
  const titleId = useId()
  // The last "own hours" the admin had, so Siempre → Horario propio restores them.
  const lastCustom = useRef<Schedule | null>(null)

  const create = () => {
    setValue(
      'config.assistant',
      { name: '', active: true, schedule: null, followsBusinessOverrides: false },
      { shouldDirty: true },
    )
    // docs/behaviour.md §6: a newly created (and active) assistant starts with priority Asistente Inteligente.
    setValue('config.priority', DEFAULT_PRIORITY, { shouldDirty: true })
    requestAnimationFrame(() => setFocus('config.assistant.name'))
  }

  const nameError = errorAt(errors, 'config.assistant.name')
  const scheduleMode = assistant?.schedule ? 'custom' : 'always'

  return (
    <SectionCard
      titleId={titleId}
      icon={Bot}
      title={t('title')}
      description={t('description')}
      contentClassName="flex flex-col gap-6"
    >
      {!assistant ? (
        <div className="flex flex-col items-start gap-3 rounded-lg border border-dashed p-4">
          <p className="text-sm text-muted-foreground">{t('none')}</p>
          {!disabled && (
            <Button variant="outline" onClick={create}>
              <Plus aria-hidden />
              {t('create')}
            </Button>
          )}
        </div>
      ) : (
        <>
          <div className="grid gap-4 sm:grid-cols-[minmax(0,1fr)_auto] sm:items-start">
            <div className="flex flex-col gap-1.5">
              <Label htmlFor="assistant-name">{t('name')}</Label>
              <Input
                id="assistant-name"
                placeholder={t('namePlaceholder')}
                maxLength={MAX_ASSISTANT_NAME_LENGTH}
                aria-invalid={!!nameError || undefined}
                aria-describedby="assistant-name-error"
                autoComplete="off"
                disabled={disabled}
                defaultValue={assistant.name}
                {...register('config.assistant.name')}
              />
              <FieldError id="assistant-name-error" message={nameError} />
            </div>
            <div className="flex items-center gap-3 sm:pt-7">
              <Controller
                control={control}
                name="config.assistant.active"
                render={({ field }) => (
                  <Switch
                    id="assistant-active"
                    checked={!!field.value}
                    onCheckedChange={field.onChange}
                    onBlur={field.onBlur}
                    ref={field.ref}
                    disabled={disabled}
                    aria-describedby="assistant-active-hint"
                  />
                )}
              />
              <div className="flex flex-col">
                <Label htmlFor="assistant-active">{t('active')}</Label>
                <span id="assistant-active-hint" className="text-xs text-muted-foreground">
                  {assistant.active ? t('activeOn') : t('activeOff')}
                </span>
              </div>
            </div>
          </div>

          <fieldset className="flex flex-col gap-3">
            <legend className="mb-1 text-sm font-semibold">{t('schedule.title')}</legend>
            <RadioGroup
              value={scheduleMode}
              disabled={disabled}
              aria-label={t('schedule.title')}
              className="grid gap-2 sm:grid-cols-2"
              onValueChange={(value) => {
                const current = getValues('config.assistant.schedule') as Schedule | null
                if (value === 'always') {
                  lastCustom.current = current
                  setValue('config.assistant.schedule', null, { shouldDirty: true })
                } else {
                  const business = getValues('config.business') as Schedule
                  setValue(
                    'config.assistant.schedule',
                    lastCustom.current ?? {
                      timeZone: business.timeZone,
                      weekly: structuredClone(business.weekly),
                      overrides: [],
                    },
                    { shouldDirty: true },
                  )
                }
              }}
            >
              {(['always', 'custom'] as const).map((mode) => (
                <Label
                  key={mode}
                  htmlFor={`assistant-schedule-${mode}`}
                  className="flex cursor-pointer items-start gap-3 rounded-lg border p-3 font-normal has-[[data-state=checked]]:border-primary has-[[data-state=checked]]:bg-muted"
                >
                  <RadioGroupItem id={`assistant-schedule-${mode}`} value={mode} className="mt-0.5" />
                  <span className="flex flex-col gap-1">
                    <span className="font-medium">{t(`schedule.${mode}`)}</span>
                    <span className="text-xs leading-snug text-muted-foreground">
                      {t(`schedule.${mode}Hint`)}
                    </span>
                  </span>
                </Label>
              ))}
            </RadioGroup>
            {scheduleMode === 'custom' && (
              <div className="flex flex-col gap-5 rounded-lg border p-3 sm:p-4">
                <p className="text-xs text-muted-foreground">{t('schedule.zoneNote')}</p>
                <WeeklyEditor base="config.assistant.schedule" disabled={disabled} />
                <div className="flex items-start gap-3 border-t pt-4">
                  <Controller
                    control={control}
                    name="config.assistant.followsBusinessOverrides"
                    render={({ field }) => (
                      <Switch
                        id="assistant-follows-holidays"
                        checked={!!field.value}
                        onCheckedChange={field.onChange}
                        onBlur={field.onBlur}
                        ref={field.ref}
                        disabled={disabled}
                        aria-describedby="assistant-follows-holidays-hint"
                        className="mt-0.5"
                      />
                    )}
                  />
                  <div className="flex flex-col gap-1">
                    <Label htmlFor="assistant-follows-holidays">{t('followsHolidays')}</Label>
                    <span id="assistant-follows-holidays-hint" className="text-xs text-muted-foreground">
                      {t('followsHolidaysHint')}
                    </span>
                  </div>
                </div>
                <div className="flex flex-col gap-3 border-t pt-4">
                  <h4 className="text-sm font-semibold">{t('schedule.dates')}</h4>
                  <OverridesEditor
                    base="config.assistant.schedule"
                    today={today}
                    disabled={disabled}
                    importCountry={importCountry}
                  />
                </div>
              </div>
            )}
          </fieldset>

          {!disabled && (
            <ConfirmDialog
              trigger={
                <Button
                  variant="ghost"
                  size="sm"
                  className="self-start text-destructive hover:bg-destructive-soft hover:text-destructive"
                >
                  <Trash2 aria-hidden />
                  {t('remove')}
                </Button>
              }
              title={t('removeTitle', { name: assistant?.name || t('title') })}
              description={t('removeDescription')}
              cancelLabel={t('removeCancel')}
              confirmLabel={t('remove')}
              onConfirm={() => setValue('config.assistant', null, { shouldDirty: true })}
              destructive
            />
          )}
        </>
      )}

      <PrioritySection active={!!assistant?.active} disabled={disabled} />
    </SectionCard>
  )
}

/**
 * docs/behaviour.md §6 — "Prioridad de atención": exactly two options, rendered only while the scope has an active assistant.
 * The stored value is kept while hidden (it shows again as it was on re-activation).
 */
function PrioritySection({ active, disabled }: { active: boolean; disabled?: boolean }) {
  const t = useTranslations('schedules.priority')
  const { control } = useFormContext<FormValues>()
  const { errors } = useFormState({ control, name: 'config.priority' })
  const error = errorAt(errors, 'config.priority')

  if (!active) {
    return (
      <p
        data-testid="priority-hint"
        className="flex items-start gap-2 rounded-lg bg-muted p-3 text-sm text-muted-foreground"
      >
        <Info aria-hidden className="mt-0.5 size-4 shrink-0" />
        {t('hidden')}
      </p>
    )
  }
  return (
    <div className="flex flex-col gap-1.5 border-t pt-5">
      <Label htmlFor="priority" className="text-base font-semibold">
        {t('label')}
      </Label>
      <Controller
        control={control}
        name="config.priority"
        render={({ field }) => (
          <>
            <Select value={field.value} onValueChange={field.onChange} disabled={disabled}>
              <SelectTrigger
                id="priority"
                ref={field.ref}
                onBlur={field.onBlur}
                className="sm:max-w-md"
                aria-invalid={!!error || undefined}
                aria-describedby="priority-description priority-error"
              >
                <SelectValue>{field.value === 'agents' ? t('agents') : t('assistant')}</SelectValue>
              </SelectTrigger>
              <SelectContent>
                <SelectItem value="agents" description={t('agentsHint')}>
                  {t('agents')}
                </SelectItem>
                <SelectItem value="assistant" description={t('assistantHint')}>
                  {t('assistant')}
                </SelectItem>
              </SelectContent>
            </Select>
            <FieldDescription id="priority-description">
              {field.value === 'agents' ? t('agentsHint') : t('assistantHint')}
            </FieldDescription>
          </>
        )}
      />
      <FieldError id="priority-error" message={error} />
    </div>
  )
}
