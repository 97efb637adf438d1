'use client'

import {
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  useTransition,
} from 'react'
import { useRouter } from 'next/navigation'
import {
  Controller,
  FormProvider,
  useForm,
  useFormContext,
  useFormState,
  useWatch,
  type Path,
} from 'react-hook-form'
import { useFormatter, useTranslations } from 'next-intl'
import { toast } from '@/components/ui/toast'
import { AlertTriangle, CalendarDays, Clock, Lock, MessageSquareText, RefreshCw, Save } from 'lucide-react'
import { saveScheduleAction } from '@/server/actions/schedule-actions'
import type { createScopeSettingsSchema, ScopeSettingsOutput } from '@/lib/settings/scope-settings-schema'
import { characterCount, MAX_MESSAGE_LENGTH, toFormValues } from '@/lib/settings/scope-settings-values'
import { scopeSettingsMessages } from '@/lib/settings/messages'
import { isAlwaysOpen } from '@/lib/settings/always-open'
import type { ScopeConfiguration } from '@/lib/settings/types'
import { cn } from '@/lib/utils'
import { TimeZonePicker } from '@/components/fields/time-zone-picker'
import { useLazyResolver } from '@/components/forms/use-lazy-resolver'
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert'
import { ConfirmDialog } from '@/components/ui/confirm-dialog'
import { Button } from '@/components/ui/button'
import { SectionCard } from './section-card'
import { Label } from '@/components/ui/label'
import { RadioGroup, RadioGroupItem } from '@/components/ui/radio-group'
import { Textarea } from '@/components/ui/textarea'
import { FieldError } from '@/components/ui/form-message'
import { AssistantCard } from './assistant-card'
import { GeneralSummary } from './general-summary'
import { LiveStatus } from './live-status'
import { OverridesEditor } from './overrides-editor'
import { UnsavedChangesGuard } from './unsaved-changes-guard'
import { useOpenAllWeek, WeeklyEditor } from './weekly-editor'
import { errorAt, type FormValues } from './form-types'

const noopSubscribe = () => () => {}

type ScopeSettingsSchema = ReturnType<typeof createScopeSettingsSchema>

export type ScopeEditorProps = {
  departmentId: string | null
  /** The scope's stored settings (server truth): a newer version arriving on refresh resets a clean form. */
  version: number
  updatedAt: string
  initialValues: FormValues
  /** The configuration `initialValues` were made from (what the live line shows until the schema has loaded). */
  storedConfig: ScopeConfiguration
  /** General's current configuration: what a department inherits, and the copy "Configuración propia" starts from. */
  generalConfig: ScopeConfiguration
  agentsOnline: number
  /** The server's render instant (ISO); the live line starts from it and ticks on the client. */
  renderedAt: string
  /** "YYYY-MM-DD" today in the scope's time zone (for new special dates and the holiday year). */
  today: string
  organizationCountry: string
  canEdit: boolean
}

/** Sorted the way the database reads them back, so a saved form is clean. */
function savedValues(output: ScopeSettingsOutput): FormValues {
  const byDate = <T extends { date: string }>(list: T[]) =>
    [...list].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
  const config: ScopeConfiguration = {
    ...output.config,
    business: { ...output.config.business, overrides: byDate(output.config.business.overrides) },
    assistant: output.config.assistant && {
      ...output.config.assistant,
      schedule: output.config.assistant.schedule && {
        ...output.config.assistant.schedule,
        overrides: byDate(output.config.assistant.schedule.overrides),
      },
    },
  }
  return toFormValues(output.usesGeneral, config)
}

export function ScopeEditor(props: ScopeEditorProps) {
  const { departmentId, generalConfig, canEdit } = props
  const t = useTranslations('schedules')
  const te = useTranslations('schedules.errors')
  const format = useFormatter()
  const router = useRouter()
  // The same schema the action parses with, in the viewer's language; it loads after the page (useLazyResolver).
  const [schema, setSchema] = useState<ScopeSettingsSchema | null>(null)
  const loadResolver = useCallback(async () => {
    const [{ zodResolver }, { createScopeSettingsSchema }] = await Promise.all([
      import('@hookform/resolvers/zod'),
      import('@/lib/settings/scope-settings-schema'),
    ])
    const loaded = createScopeSettingsSchema(scopeSettingsMessages((key, values) => te(key, values)))
    setSchema(() => loaded)
    return zodResolver(loaded)
  }, [te])
  const form = useForm<FormValues, unknown, ScopeSettingsOutput>({
    resolver: useLazyResolver(loadResolver),
    defaultValues: props.initialValues,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  })
  const { control, handleSubmit, reset, setError, setValue, getValues, trigger } = form
  const { isDirty, isSubmitting, submitCount } = useFormState({ control })
  const usesGeneral = useWatch({ control, name: 'usesGeneral' })
  const [version, setVersion] = useState(props.version)
  const [conflict, setConflict] = useState(false)
  const [reloading, startReload] = useTransition()
  const reloadRequested = useRef(false)
  const conflictRef = useRef<HTMLDivElement>(null)
  const titleIds = { hours: useId(), dates: useId(), message: useId(), mode: useId() }

  // A refresh brought newer server values: take them when asked to (conflict → reload) or when nothing is pending.
  useEffect(() => {
    if (reloadRequested.current || (props.version > version && !form.formState.isDirty)) {
      reloadRequested.current = false
      reset(props.initialValues)
      setVersion(props.version)
      setConflict(false)
    }
    // Only new server props should trigger this.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.initialValues, props.version])

  // Cross-field rules (overlaps, overnight spill-over, the 24/7 message exception) re-check the whole form after
  // the first submit, so a fixed error disappears wherever it was shown.
  useEffect(() => {
    if (submitCount === 0) return
    return form.subscribe({ formState: { values: true }, callback: () => void trigger() })
  }, [form, submitCount, trigger])

  const onValid = async (data: ScopeSettingsOutput) => {
    setConflict(false)
    let result: Awaited<ReturnType<typeof saveScheduleAction>>
    try {
      result = await saveScheduleAction({ departmentId, expectedVersion: version }, getValues())
    } catch {
      toast.error(t('save.error'))
      return
    }
    if (result.ok) {
      reset(savedValues(data))
      setVersion(result.data.version)
      toast.success(t('save.saved'))
      router.refresh()
      return
    }
    switch (result.error) {
      case 'conflict':
        setConflict(true)
        requestAnimationFrame(() => conflictRef.current?.focus())
        return
      case 'invalid': {
        const entries = Object.entries(result.fieldErrors ?? {})
        entries.forEach(([path, message], i) =>
          setError(path as Path<FormValues>, { type: 'server', message }, { shouldFocus: i === 0 }),
        )
        toast.error(t('save.invalid'))
        return
      }
      case 'forbidden':
      case 'unauthenticated':
        toast.error(t('save.forbidden'))
        return
      default:
        toast.error(t('save.error'))
    }
  }

  const onSubmit = (event?: React.BaseSyntheticEvent) =>
    handleSubmit(onValid, () => toast.error(t('save.invalid')))(event)

  const reload = () => {
    reloadRequested.current = true
    startReload(() => router.refresh())
  }

  const switchMode = (value: string) => {
    if (value === 'general') {
      // Back to inheriting: the department keeps its stored own copy untouched.
      setValue('usesGeneral', true, { shouldDirty: true })
      setValue('config', structuredClone(props.initialValues.config), { shouldDirty: true })
    } else {
      // Own configuration: the stored own one if it already had it, else a copy of the current General.
      const start = props.initialValues.usesGeneral
        ? toFormValues(false, generalConfig).config
        : structuredClone(props.initialValues.config)
      setValue('config', start, { shouldDirty: true })
      setValue('usesGeneral', false, { shouldDirty: true })
    }
    void (submitCount > 0 && trigger())
  }

  const onKeyDown = (event: React.KeyboardEvent<HTMLFormElement>) => {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
      event.preventDefault()
      if (canEdit) void onSubmit()
    }
  }

  const disabled = !canEdit
  // True once hydrated (false in the server HTML): lets tests and styles know the form is interactive.
  const hydrated = useSyncExternalStore(
    noopSubscribe,
    () => true,
    () => false,
  )

  return (
    <FormProvider {...form}>
      <UnsavedChangesGuard when={isDirty && canEdit} />
      <form
        onSubmit={onSubmit}
        onKeyDown={onKeyDown}
        noValidate
        aria-label={t('editor.formLabel')}
        data-ready={hydrated || undefined}
        className="flex flex-col gap-6"
      >
        {!canEdit && (
          <Alert>
            <Lock aria-hidden />
            <AlertTitle>{t('editor.readOnlyTitle')}</AlertTitle>
            <AlertDescription>{t('editor.readOnly')}</AlertDescription>
          </Alert>
        )}
        {conflict && (
          <Alert variant="destructive" ref={conflictRef} tabIndex={-1} data-testid="conflict-alert">
            <AlertTriangle aria-hidden />
            <AlertTitle>{t('save.conflictTitle')}</AlertTitle>
            <AlertDescription>
              <p>{t('save.conflictDescription')}</p>
              <Button variant="outline" size="sm" onClick={reload} disabled={reloading} className="mt-1">
                <RefreshCw aria-hidden className={cn(reloading && 'animate-spin')} />
                {t('save.reload')}
              </Button>
            </AlertDescription>
          </Alert>
        )}

        <fieldset disabled={disabled} className="flex min-w-0 flex-col gap-6">
          <legend className="sr-only">{t('editor.formLabel')}</legend>
          <p className="text-xs text-muted-foreground">
            {t('editor.lastSaved', {
              date: format.dateTime(new Date(props.updatedAt), { dateStyle: 'long', timeStyle: 'short' }),
            })}
          </p>

          {departmentId !== null && (
            <SectionCard titleId={titleIds.mode} title={t('editor.mode.title')}>
              <RadioGroup
                value={usesGeneral ? 'general' : 'own'}
                onValueChange={switchMode}
                disabled={disabled}
                aria-labelledby={titleIds.mode}
                className="grid gap-3 sm:grid-cols-2"
              >
                {(['general', 'own'] as const).map((mode) => (
                  <Label
                    key={mode}
                    htmlFor={`mode-${mode}`}
                    className="flex cursor-pointer items-start gap-3 rounded-lg border p-3 font-normal has-[[data-state=checked]]:border-primary has-[[data-state=checked]]:bg-muted"
                  >
                    <RadioGroupItem id={`mode-${mode}`} value={mode} className="mt-0.5" />
                    <span className="flex flex-col gap-1">
                      <span className="font-medium">{t(`editor.mode.${mode}`)}</span>
                      <span className="text-xs leading-snug text-muted-foreground">
                        {t(`editor.mode.${mode}Hint`)}
                      </span>
                    </span>
                  </Label>
                ))}
              </RadioGroup>
            </SectionCard>
          )}

          {usesGeneral ? (
            <GeneralSummary config={generalConfig} />
          ) : (
            <>
              <BusinessHoursCard titleId={titleIds.hours} renderedAt={props.renderedAt} disabled={disabled} />
              <SectionCard
                titleId={titleIds.dates}
                icon={CalendarDays}
                title={t('dates.title')}
                description={t('dates.description')}
              >
                <OverridesEditor
                  base="config.business"
                  today={props.today}
                  disabled={disabled}
                  importCountry={props.organizationCountry}
                />
              </SectionCard>
              <MessageCard titleId={titleIds.message} disabled={disabled} />
              <AssistantCard
                today={props.today}
                disabled={disabled}
                importCountry={props.organizationCountry}
              />
            </>
          )}
        </fieldset>

        <div className="sticky bottom-0 z-10 -mx-4 border-t bg-background/95 px-4 py-3 shadow-[0_-4px_12px_-8px_rgba(0,0,0,0.15)] backdrop-blur supports-[backdrop-filter]:bg-background/80 sm:mx-0 sm:rounded-xl sm:border">
          <div className="flex flex-col gap-3 md:flex-row md:items-center md:justify-between">
            <LiveStatus
              control={control}
              schema={schema}
              storedConfig={props.storedConfig}
              generalConfig={generalConfig}
              agentsOnline={props.agentsOnline}
              renderedAt={props.renderedAt}
            />
            {canEdit && (
              <div className="flex shrink-0 flex-wrap items-center justify-end gap-x-2 gap-y-1">
                <span
                  className={cn(
                    'text-xs',
                    isDirty
                      ? 'mr-auto font-medium text-warning sm:mr-0'
                      : 'sr-only text-muted-foreground sm:not-sr-only',
                  )}
                  aria-live="polite"
                >
                  {isDirty ? t('save.dirty') : t('save.clean')}
                </span>
                <DiscardButton disabled={!isDirty || isSubmitting} onDiscard={() => reset()} />
                <Button type="submit" disabled={isSubmitting} aria-keyshortcuts="Control+S">
                  <Save aria-hidden />
                  {isSubmitting ? t('save.saving') : t('save.save')}
                </Button>
              </div>
            )}
          </div>
        </div>
      </form>
    </FormProvider>
  )
}

function DiscardButton({ disabled, onDiscard }: { disabled: boolean; onDiscard: () => void }) {
  const t = useTranslations('schedules.save')
  return (
    <ConfirmDialog
      trigger={
        <Button variant="ghost" disabled={disabled}>
          {t('discard')}
        </Button>
      }
      title={t('discardTitle')}
      description={t('discardDescription')}
      cancelLabel={t('keep')}
      confirmLabel={t('discard')}
      onConfirm={onDiscard}
      destructive
    />
  )
}

function BusinessHoursCard({
  titleId,
  renderedAt,
  disabled,
}: {
  titleId: string
  renderedAt: string
  disabled: boolean
}) {
  const t = useTranslations('schedules')
  const { control } = useFormContextSafe()
  const { errors } = useFormState({ control, name: 'config.business.timeZone' })
  const tzError = errorAt(errors, 'config.business.timeZone')
  const openAllWeek = useOpenAllWeek('config.business')
  const at = useMemo(() => new Date(renderedAt), [renderedAt])
  const hydrated = useSyncExternalStore(
    noopSubscribe,
    () => true,
    () => false,
  )
  return (
    <SectionCard
      titleId={titleId}
      icon={Clock}
      title={t('hours.title')}
      description={t('hours.description')}
      contentClassName="flex flex-col gap-5"
    >
      <div className="flex flex-col gap-3 sm:flex-row sm:items-end sm:justify-between">
        <div className="flex w-full max-w-md flex-col gap-1.5">
          <Label id="tz-label" htmlFor="tz">
            {t('timeZone.label')}
          </Label>
          <Controller
            control={control}
            name="config.business.timeZone"
            render={({ field }) =>
              !hydrated ? (
                // The picker computes the current offset of ~420 zones: done in the browser only, so the
                // server render stays fast. Same look and name until then.
                <button
                  type="button"
                  id="tz"
                  aria-labelledby="tz-label"
                  disabled
                  className="flex h-10 w-full items-center rounded-md border border-input bg-background px-3 text-left text-base md:text-sm"
                >
                  {field.value.replaceAll('_', ' ')}
                </button>
              ) : (
                <TimeZonePicker
                  id="tz"
                  value={field.value}
                  onValueChange={field.onChange}
                  at={at}
                  disabled={disabled}
                  invalid={!!tzError}
                  describedBy="tz-error"
                  aria-labelledby="tz-label"
                />
              )
            }
          />
          <FieldError id="tz-error" message={tzError} />
        </div>
        {!disabled && (
          <Button variant="outline" size="sm" onClick={openAllWeek}>
            {t('hours.openAllWeek')}
          </Button>
        )}
      </div>
      <WeeklyEditor base="config.business" disabled={disabled} />
    </SectionCard>
  )
}

function MessageCard({ titleId, disabled }: { titleId: string; disabled: boolean }) {
  const t = useTranslations('schedules.message')
  const { control, register } = useFormContextSafe()
  const message = useWatch({ control, name: 'config.outOfHoursMessage' }) ?? ''
  const business = useWatch({ control, name: 'config.business' })
  const { errors } = useFormState({ control, name: 'config.outOfHoursMessage' })
  const error = errorAt(errors, 'config.outOfHoursMessage')
  const count = characterCount(message)
  const alwaysOpen = isAlwaysOpen(business)
  return (
    <SectionCard
      titleId={titleId}
      icon={MessageSquareText}
      title={t('title')}
      description={t('description')}
      contentClassName="flex flex-col gap-1.5"
    >
      <Label htmlFor="out-of-hours-message">
        {t('label')}
        {!alwaysOpen && <span className="font-normal text-muted-foreground">({t('required')})</span>}
      </Label>
      <Textarea
        id="out-of-hours-message"
        rows={4}
        placeholder={t('placeholder')}
        aria-invalid={!!error || undefined}
        aria-required={!alwaysOpen}
        aria-describedby="out-of-hours-message-hint out-of-hours-message-error"
        disabled={disabled}
        defaultValue={message}
        {...register('config.outOfHoursMessage')}
      />
      <div className="flex items-start justify-between gap-3">
        <FieldError id="out-of-hours-message-error" message={error} />
        <p
          id="out-of-hours-message-hint"
          className={cn(
            'ml-auto shrink-0 text-xs tabular-nums',
            count > MAX_MESSAGE_LENGTH ? 'font-medium text-destructive' : 'text-muted-foreground',
          )}
        >
          {alwaysOpen ? `${t('optional')} · ` : ''}
          {t('counter', { count, max: MAX_MESSAGE_LENGTH })}
        </p>
      </div>
    </SectionCard>
  )
}

// Local alias keeps the sub-components typed to this form.
function useFormContextSafe() {
  return useFormContext<FormValues>()
}
