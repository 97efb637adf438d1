'use client'

import { useState } from 'react'
import { get, useFormContext, useFormState, useWatch } from 'react-hook-form'
import { useTranslations } from 'next-intl'
import { ChevronDown } from '@/components/ui/icons'
import { MESSAGE_LANGUAGES, type MessageLanguage } from '@/lib/out-of-hours/phrases'
import { cn } from '@/lib/utils'
import { FieldError } from '@/components/ui/form-message'
import { Label } from '@/components/ui/label'
import { Textarea } from '@/components/ui/textarea'
import { errorAt, type FormValues } from './form-fields'

/**
 * The optional versions of the out-of-hours message in the other two languages (docs/behaviour.md §6). On a phone,
 * while both are blank and valid, they wait behind a disclosure: two empty text areas are a screen of scrolling
 * (issue 11 item 10). From `sm` up they are always shown.
 */
export function MessageVersions({ language, disabled }: { language: MessageLanguage; disabled?: boolean }) {
  const t = useTranslations('schedules.message')
  const { control, register } = useFormContext<FormValues>()
  const { errors } = useFormState({ control, name: 'config.outOfHoursTranslations' })
  const versions = useWatch({ control, name: 'config.outOfHoursTranslations' }) as
    Record<string, unknown> | undefined
  const [open, setOpen] = useState(false)
  const filled = Object.values(versions ?? {}).some((v) => typeof v === 'string' && v.trim() !== '')
  const shown = open || filled || get(errors, 'config.outOfHoursTranslations') !== undefined
  return (
    <>
      {!filled && (
        <button
          type="button"
          className="mt-2 flex items-center gap-1.5 self-start rounded-md text-sm font-semibold focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring sm:hidden"
          aria-expanded={shown}
          aria-controls="out-of-hours-versions"
          onClick={() => setOpen((o) => !o)}
        >
          <ChevronDown aria-hidden className={cn('size-4 transition-transform', shown && 'rotate-180')} />
          {t('versions.title')}
        </button>
      )}
      <fieldset
        id="out-of-hours-versions"
        className={cn('mt-2 flex-col gap-3 rounded-lg border p-3', shown ? 'flex' : 'hidden sm:flex')}
      >
        <legend className="px-1 text-sm font-semibold">{t('versions.title')}</legend>
        <p className="text-xs text-muted-foreground">{t('versions.hint')}</p>
        {MESSAGE_LANGUAGES.filter((l) => l !== language).map((l) => {
          const path = `config.outOfHoursTranslations.${l}` as 'config.outOfHoursTranslations.en'
          const versionError = errorAt(errors, path)
          const versionId = `out-of-hours-message-${l}`
          return (
            <div key={l} className="flex flex-col gap-1.5">
              <Label htmlFor={versionId}>{t('versions.label', { language: t(`languages.${l}`) })}</Label>
              <Textarea
                id={versionId}
                rows={3}
                lang={l}
                aria-invalid={!!versionError || undefined}
                aria-describedby={`${versionId}-error`}
                disabled={disabled}
                {...register(path)}
              />
              <FieldError id={`${versionId}-error`} message={versionError} />
            </div>
          )
        })}
      </fieldset>
    </>
  )
}
