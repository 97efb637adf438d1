'use client'

import { useCallback, useEffect, useId, useRef, useState } from 'react'
import { FormProvider, useForm, useFormState, useWatch } from 'react-hook-form'
import { useTranslations } from 'next-intl'
import { AlertTriangle, Lock, RefreshCw } from '@/components/ui/icons'
import type { createScopeSettingsSchema, ScopeSettingsOutput } from '@/lib/settings/scope-settings-schema'
import { toFormValues } from '@/lib/settings/scope-settings-values'
import { copySections } from '@/lib/settings/copy-from'
import { scopeSettingsMessages } from '@/lib/settings/messages'
import type { ScopeConfiguration } from '@/lib/settings/types'
import type { AgentCounts } from '@/lib/routing'
import { cn } from '@/lib/utils'
import { useLazyResolver } from '@/components/forms/use-lazy-resolver'
import { useHydrated } from '@/components/hooks/use-hydrated'
import { OrgTime } from '@/components/clock/org-clock'
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { ConfigurationCards } from './configuration-cards'
import { CopyFromDialog, type CopySource } from './copy-from-dialog'
import { GeneralSummary } from './general-summary'
import { LiveStatus } from './live-status'
import { SaveBar } from './save-bar'
import { ScopeModeCard, type ScopeMode } from './scope-mode-card'
import { UnsavedChangesGuard } from './unsaved-changes-guard'
import { useScopeSave } from './use-scope-save'
import type { FormValues } from './form-fields'

type ScopeSettingsSchema = ReturnType<typeof createScopeSettingsSchema>

export type ScopeEditorProps = {
  departmentId: string | null
  /** The scope's stored settings (server truth): a newer version arriving on refresh resets a clean form. */
  version: number
  updatedAt: string
  initialValues: FormValues
  /** General's current configuration: what a department inherits, and the copy "Configuración propia" starts from. */
  generalConfig: ScopeConfiguration
  /** `initialValues.config` is the department's own configuration (kept while it uses General), not a placeholder. */
  hasOwnConfig: boolean
  /** §5: the scope's agents online and, of those, with room for one more chat. */
  agents: AgentCounts
  /** The server's render instant (ISO); the live line starts from it and ticks on the client. */
  renderedAt: string
  /** "YYYY-MM-DD" today in the scope's time zone (for new special dates and the holiday year). */
  today: string
  organizationCountry: string
  /** The organization's name: what {empresa} becomes in the out-of-hours message. */
  companyName: string
  canEdit: boolean
  /** What "Copiar de…" offers: General and the other departments with their own configuration. */
  copySources: CopySource[]
}

/** One scope's Horarios form: sets up the form and lays out the cards; saving lives in useScopeSave. */
export function ScopeEditor(props: ScopeEditorProps) {
  const { departmentId, generalConfig, canEdit } = props
  const t = useTranslations('schedules')
  const te = useTranslations('schedules.errors')
  // The same schema the action parses with, in the viewer's language; it loads after the page (useLazyResolver).
  const [schema, setSchema] = useState<ScopeSettingsSchema | null>(null)
  const loadResolver = useCallback(async () => {
    const [{ zodResolver }, { createScopeSettingsSchema }] = await Promise.all([
      import('@hookform/resolvers/zod'),
      import('@/lib/settings/scope-settings-schema'),
    ])
    const loaded = createScopeSettingsSchema(
      scopeSettingsMessages((key, values) => te(key, values)),
      { companyName: props.companyName },
    )
    setSchema(() => loaded)
    return zodResolver(loaded)
  }, [te, props.companyName])
  const form = useForm<FormValues, unknown, ScopeSettingsOutput>({
    resolver: useLazyResolver(loadResolver),
    defaultValues: props.initialValues,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  })
  const { control, reset, setValue, trigger, getValues } = form
  const { isDirty, isSubmitting, submitCount } = useFormState({ control })
  const usesGeneral = useWatch({ control, name: 'usesGeneral' })
  const { onSubmit, conflict, conflictRef, reload, reloading } = useScopeSave({
    form,
    departmentId,
    serverVersion: props.version,
    serverValues: props.initialValues,
  })
  const modeTitleId = useId()
  // True once hydrated (absent in the server HTML): lets tests and styles know the form is interactive.
  const hydrated = useHydrated()

  // The own configuration as edited in this visit, kept while "Usar la configuración General" is chosen, so
  // switching back and forth before saving loses nothing either. A new stored version (a save) starts afresh.
  const ownDraft = useRef<FormValues['config'] | null>(null)
  useEffect(() => {
    ownDraft.current = null
  }, [props.version])

  const switchMode = (mode: ScopeMode) => {
    if (mode === 'general') {
      // Inheriting never replaces the department's own configuration: the server keeps the stored one as it is.
      ownDraft.current = structuredClone(form.getValues('config'))
      setValue('usesGeneral', true, { shouldDirty: true })
      setValue('config', structuredClone(props.initialValues.config), { shouldDirty: true })
    } else {
      // Own configuration: this visit's draft, else the stored own one, else (never had one) a copy of General.
      const start =
        ownDraft.current ??
        (props.hasOwnConfig
          ? structuredClone(props.initialValues.config)
          : toFormValues(false, generalConfig).config)
      setValue('config', start, { shouldDirty: true })
      setValue('usesGeneral', false, { shouldDirty: true })
    }
    void (submitCount > 0 && trigger())
  }

  // A copy replaces whole sections, field arrays included: the cards are mounted afresh so they read the new values.
  const [copyGeneration, setCopyGeneration] = useState(0)
  const copyFrom: React.ComponentProps<typeof CopyFromDialog>['onCopy'] = (source, sections) => {
    setValue('config', copySections(getValues('config'), source, sections), { shouldDirty: true })
    setCopyGeneration((n) => n + 1)
    void (submitCount > 0 && trigger())
  }

  const onKeyDown = (event: React.KeyboardEvent<HTMLFormElement>) => {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
      event.preventDefault()
      if (canEdit) void onSubmit()
    }
  }

  const disabled = !canEdit
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
          <p className="text-xs text-muted-foreground" data-testid="last-saved">
            {t('editor.lastSavedLabel')} <OrgTime at={props.updatedAt} style="longDateTime" />
          </p>

          {departmentId !== null && (
            <ScopeModeCard
              titleId={modeTitleId}
              mode={usesGeneral ? 'general' : 'own'}
              onModeChange={switchMode}
              disabled={disabled}
            >
              {!usesGeneral && canEdit && (
                <CopyFromDialog
                  sources={props.copySources}
                  currentConfig={() => getValues('config')}
                  onCopy={copyFrom}
                />
              )}
            </ScopeModeCard>
          )}

          {usesGeneral ? (
            <GeneralSummary config={generalConfig} />
          ) : (
            <ConfigurationCards
              key={copyGeneration}
              renderedAt={props.renderedAt}
              today={props.today}
              organizationCountry={props.organizationCountry}
              companyName={props.companyName}
              disabled={disabled}
            />
          )}
        </fieldset>

        <SaveBar
          status={
            <LiveStatus
              control={control}
              schema={schema}
              storedConfig={props.initialValues.config}
              generalConfig={generalConfig}
              agents={props.agents}
              renderedAt={props.renderedAt}
            />
          }
          canEdit={canEdit}
          isDirty={isDirty}
          isSubmitting={isSubmitting}
          onDiscard={() => {
            ownDraft.current = null
            reset()
          }}
        />
      </form>
    </FormProvider>
  )
}
