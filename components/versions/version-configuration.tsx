'use client'

import { useId } from 'react'
import { FormProvider, useForm } from 'react-hook-form'
import { useTranslations } from 'next-intl'
import { Link2 } from '@/components/ui/icons'
import { toFormValues } from '@/lib/settings/scope-settings-values'
import type { ScopeConfiguration } from '@/lib/settings/types'
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert'
import { ConfigurationCards, type ConfigurationCardsProps } from '@/components/schedules/configuration-cards'
import { ScopeModeCard } from '@/components/schedules/scope-mode-card'
import type { FormValues } from '@/components/schedules/form-fields'

/**
 * A saved version's configuration, read-only, laid out exactly as the editor (docs/behaviour.md §6 › Versions):
 * the editor's own cards in a disabled fieldset over a form that is never submitted.
 */
export function VersionConfiguration({
  departmentId,
  version,
  usesGeneral,
  config,
  ...cards
}: {
  departmentId: string | null
  version: number
  usesGeneral: boolean
  config: ScopeConfiguration
} & Omit<ConfigurationCardsProps, 'disabled'>) {
  const t = useTranslations('schedules')
  const form = useForm<FormValues>({ defaultValues: toFormValues(usesGeneral, config) })
  const modeTitleId = useId()
  const label = t('versions.formLabel', { version })
  return (
    <FormProvider {...form}>
      <form aria-label={label} onSubmit={(event) => event.preventDefault()} noValidate>
        <fieldset disabled className="flex min-w-0 flex-col gap-6" data-testid="version-configuration">
          <legend className="sr-only">{label}</legend>
          {departmentId !== null && (
            <ScopeModeCard
              titleId={modeTitleId}
              mode={usesGeneral ? 'general' : 'own'}
              onModeChange={() => undefined}
              disabled
            />
          )}
          {usesGeneral ? (
            <Alert>
              <Link2 aria-hidden />
              <AlertTitle>{t('versions.usesGeneralTitle')}</AlertTitle>
              <AlertDescription>{t('versions.usesGeneral')}</AlertDescription>
            </Alert>
          ) : (
            <ConfigurationCards {...cards} disabled />
          )}
        </fieldset>
      </form>
    </FormProvider>
  )
}
