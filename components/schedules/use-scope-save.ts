'use client'

import { useEffect, useRef, useState, useTransition } from 'react'
import { useRouter } from 'next/navigation'
import { useTranslations } from 'next-intl'
import { useFormState, type Path, type UseFormReturn } from 'react-hook-form'
import { toast } from '@/components/ui/toast'
import { useActionErrorMessage, usePlumbingFieldError } from '@/components/forms/use-action-error'
import { saveScheduleAction } from '@/server/actions/schedule-actions'
import type { ScopeSettingsOutput } from '@/lib/settings/scope-settings-schema'
import { toFormValues } from '@/lib/settings/scope-settings-values'
import type { FormValues } from './form-fields'

type ScopeForm = UseFormReturn<FormValues, unknown, ScopeSettingsOutput>

/**
 * The save flow of one scope's form (docs/behaviour.md §6): send the values with the version the edit started from, reset the
 * form to what the server stored, surface a conflict (someone saved since) with a "reload" that takes the newer
 * server values, and put server-side field errors on their fields. Also takes newer server values that a refresh
 * brings while the form is clean.
 */
export function useScopeSave({
  form,
  departmentId,
  serverVersion,
  serverValues,
}: {
  form: ScopeForm
  departmentId: string | null
  /** The version and values of the latest server render (a save's revalidation or a reload brings new ones). */
  serverVersion: number
  serverValues: FormValues
}) {
  const t = useTranslations('schedules')
  const actionError = useActionErrorMessage()
  const plumbingFieldError = usePlumbingFieldError()
  const router = useRouter()
  const { handleSubmit, reset, setError, getValues, trigger } = form
  const [version, setVersion] = useState(serverVersion)
  const [conflict, setConflict] = useState(false)
  const [reloading, startReload] = useTransition()
  const reloadRequested = useRef(false)
  const conflictRef = useRef<HTMLDivElement>(null)
  const { submitCount } = useFormState({ control: form.control })

  // A refresh brought newer server values: take them when asked to (conflict → reload) or when nothing is pending.
  useEffect(() => {
    if (reloadRequested.current || (serverVersion > version && !form.formState.isDirty)) {
      reloadRequested.current = false
      reset(serverValues)
      setVersion(serverVersion)
      setConflict(false)
    }
    // Only new server props should trigger this.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [serverValues, serverVersion])

  // Cross-field rules (overlaps, overnight spill-over, the 24/7 message exception) re-check the whole form after
  // the first submit, so a fixed error disappears wherever it was shown.
  useEffect(() => {
    if (submitCount === 0) return
    return form.subscribe({ formState: { values: true }, callback: () => void trigger() })
  }, [form, submitCount, trigger])

  const onValid = async () => {
    setConflict(false)
    let result: Awaited<ReturnType<typeof saveScheduleAction>>
    try {
      result = await saveScheduleAction({ departmentId, expectedVersion: version }, getValues())
    } catch {
      toast.error(t('save.error'))
      return
    }
    if (result.ok) {
      // The server's normalised copy (times, overrides by date): the saved form is clean and equals a reload.
      reset(toFormValues(result.data.usesGeneral, result.data.config))
      setVersion(result.data.version)
      toast.success(t('save.saved'), { replaces: 'scope-saved' })
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
          // The editor's messages arrive translated; a plumbing code (invalidCharacters) gets its text here.
          setError(
            path as Path<FormValues>,
            { type: 'server', message: plumbingFieldError(message) ?? message },
            { shouldFocus: i === 0 },
          ),
        )
        toast.error(t('save.invalid'))
        return
      }
      case 'forbidden':
      case 'unauthenticated':
        toast.error(t('save.forbidden'))
        return
      default:
        toast.error(actionError(result))
    }
  }

  const onSubmit = (event?: React.BaseSyntheticEvent) =>
    handleSubmit(onValid, () => toast.error(t('save.invalid')))(event)

  const reload = () => {
    reloadRequested.current = true
    startReload(() => router.refresh())
  }

  return { onSubmit, conflict, conflictRef, reload, reloading }
}
