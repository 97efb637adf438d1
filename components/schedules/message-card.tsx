'use client'

import { useMemo, useRef } from 'react'
import { Controller, useFormContext, useFormState, useWatch } from 'react-hook-form'
import { useFormatter, useTranslations } from 'next-intl'
import { Braces, MessageSquareText } from '@/components/ui/icons'
import { isOpen, nextChange } from '@/lib/schedule/engine'
import type { Schedule } from '@/lib/schedule/types'
import { PLACEHOLDERS, renderedWorstCase, renderMessage, type Placeholder } from '@/lib/out-of-hours/render'
import { isMessageLanguage, type MessageLanguage } from '@/lib/out-of-hours/phrases'
import { MAX_MESSAGE_LENGTH } from '@/lib/settings/scope-settings-values'
import { isAlwaysOpen } from '@/lib/settings/always-open'
import { cn } from '@/lib/utils'
import { Button } from '@/components/ui/button'
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuTrigger,
} from '@/components/ui/dropdown-menu'
import { FieldError } from '@/components/ui/form-message'
import { Label } from '@/components/ui/label'
import { Select, SelectTrigger, SelectValue } from '@/components/ui/select'
import { MessageLanguageOptions } from '@/components/fields/message-language-options'
import { Textarea } from '@/components/ui/textarea'
import { SectionCard } from './section-card'
import { MessageVersions } from './message-versions'
import { errorAt, type FormValues } from './form-fields'

/**
 * The moment the live example is rendered for: the page's render time if business hours are closed then, else
 * the moment they next close — the example shows what a customer writing out of hours would receive.
 */
function exampleMoment(business: Schedule, renderedAt: Date): Date {
  if (!isOpen(business, renderedAt)) return renderedAt
  return nextChange(business, renderedAt) ?? renderedAt
}

/**
 * "Mensaje fuera de horario": required unless the scope is open 24/7 (docs/behaviour.md §6). Variables are inserted
 * from a menu at the cursor; the example below renders them from the hours being edited; the counter counts the
 * rendered worst case (the same rule the schema applies).
 */
export function MessageCard({
  titleId,
  disabled,
  companyName,
  renderedAt,
}: {
  titleId: string
  disabled: boolean
  companyName: string
  renderedAt: string
}) {
  const t = useTranslations('schedules.message')
  const format = useFormatter()
  const { control, register, getValues, setValue, formState } = useFormContext<FormValues>()
  const message = useWatch({ control, name: 'config.outOfHoursMessage' }) ?? ''
  const business = useWatch({ control, name: 'config.business' }) as Schedule
  const watchedLanguage = useWatch({ control, name: 'config.outOfHoursLanguage' })
  const language: MessageLanguage = isMessageLanguage(watchedLanguage) ? watchedLanguage : 'es'
  const { errors } = useFormState({
    control,
    name: ['config.outOfHoursMessage', 'config.outOfHoursTranslations'],
  })
  const error = errorAt(errors, 'config.outOfHoursMessage')
  const alwaysOpen = isAlwaysOpen(business)
  const count = renderedWorstCase(message, business, companyName, language)
  const hasVariables = message.includes('{')

  const textarea = useRef<HTMLTextAreaElement | null>(null)
  // Where the admin's cursor was last in the message (the menu takes focus away); null = never: append.
  const selection = useRef<{ start: number; end: number } | null>(null)
  const caretAfterInsert = useRef<number | null>(null)
  const { ref: registerRef, ...field } = register('config.outOfHoursMessage')
  const remember = (el: HTMLTextAreaElement) => {
    selection.current = { start: el.selectionStart, end: el.selectionEnd }
  }

  const insert = (name: Placeholder) => {
    const value = getValues('config.outOfHoursMessage') ?? ''
    const { start, end } = selection.current ?? { start: value.length, end: value.length }
    const token = `{${name}}`
    const next = value.slice(0, start) + token + value.slice(end)
    setValue('config.outOfHoursMessage', next, {
      shouldDirty: true,
      shouldValidate: formState.isSubmitted,
    })
    caretAfterInsert.current = start + token.length
    selection.current = { start: start + token.length, end: start + token.length }
  }

  const example = useMemo(() => {
    if (message.trim() === '') return { kind: 'empty' as const }
    try {
      const at = exampleMoment(business, new Date(renderedAt))
      return {
        kind: 'ok' as const,
        at,
        text: renderMessage(message, { business, companyName, at, language }),
      }
    } catch {
      // Hours that do not validate yet (their own fields say why) cannot be evaluated.
      return { kind: 'invalid' as const }
    }
  }, [message, business, companyName, renderedAt, language])

  return (
    <SectionCard
      titleId={titleId}
      icon={MessageSquareText}
      title={t('title')}
      description={t('description')}
      contentClassName="flex flex-col gap-1.5"
    >
      <div className="flex flex-wrap items-end justify-between gap-2">
        <Label htmlFor="out-of-hours-message">
          {t('label')}
          {!alwaysOpen && <span className="font-normal text-muted-foreground">({t('required')})</span>}
        </Label>
        {!disabled && (
          <DropdownMenu>
            <DropdownMenuTrigger asChild>
              <Button variant="outline" size="sm">
                <Braces aria-hidden />
                {t('variables.insert')}
              </Button>
            </DropdownMenuTrigger>
            <DropdownMenuContent
              align="end"
              className="w-80"
              onCloseAutoFocus={(event) => {
                // Back to the message, with the cursor right after what was inserted.
                event.preventDefault()
                const el = textarea.current
                if (!el) return
                el.focus()
                const caret = caretAfterInsert.current
                if (caret !== null) el.setSelectionRange(caret, caret)
                caretAfterInsert.current = null
              }}
            >
              {PLACEHOLDERS.map((name) => (
                <DropdownMenuItem key={name} onSelect={() => insert(name)} className="items-start">
                  <span className="flex flex-col gap-0.5">
                    <span className="font-medium">{t(`variables.${name}`)}</span>
                    <span className="text-xs text-muted-foreground">
                      <code>{`{${name}}`}</code> · {t(`variables.${name}Hint`, { name: companyName })}
                    </span>
                  </span>
                </DropdownMenuItem>
              ))}
            </DropdownMenuContent>
          </DropdownMenu>
        )}
      </div>
      <Textarea
        id="out-of-hours-message"
        rows={4}
        placeholder={t('placeholder')}
        aria-invalid={!!error || undefined}
        aria-required={!alwaysOpen}
        aria-describedby="out-of-hours-message-hint out-of-hours-message-error"
        disabled={disabled}
        defaultValue={message}
        {...field}
        ref={(el) => {
          registerRef(el)
          textarea.current = el
        }}
        onSelect={(e) => remember(e.currentTarget)}
        onBlur={(e) => {
          remember(e.currentTarget)
          return field.onBlur(e)
        }}
      />
      <div className="flex items-start justify-between gap-3">
        <FieldError id="out-of-hours-message-error" message={error} />
        <p
          id="out-of-hours-message-hint"
          className={cn(
            'ml-auto min-w-0 text-right text-xs tabular-nums',
            count > MAX_MESSAGE_LENGTH ? 'font-medium text-destructive' : 'text-muted-foreground',
          )}
        >
          {alwaysOpen ? `${t('optional')} · ` : ''}
          {hasVariables
            ? t('counterWorstCase', { count, max: MAX_MESSAGE_LENGTH })
            : t('counter', { count, max: MAX_MESSAGE_LENGTH })}
        </p>
      </div>
      <div className="mt-2 flex flex-col gap-1.5 sm:max-w-xs">
        <Label htmlFor="out-of-hours-language">{t('language')}</Label>
        <Controller
          control={control}
          name="config.outOfHoursLanguage"
          render={({ field: languageField }) => (
            <Select
              value={isMessageLanguage(languageField.value) ? languageField.value : 'es'}
              onValueChange={languageField.onChange}
              disabled={disabled}
            >
              <SelectTrigger
                id="out-of-hours-language"
                ref={languageField.ref}
                onBlur={languageField.onBlur}
                aria-describedby="out-of-hours-language-hint"
              >
                <SelectValue>
                  {t(`languages.${isMessageLanguage(languageField.value) ? languageField.value : 'es'}`)}
                </SelectValue>
              </SelectTrigger>
              <MessageLanguageOptions label={(l) => t(`languages.${l}`)} />
            </Select>
          )}
        />
        <p id="out-of-hours-language-hint" className="text-xs text-muted-foreground">
          {t('languageHint')}
        </p>
      </div>
      <MessageVersions language={language} disabled={disabled} />
      <figure
        className="mt-2 rounded-md border bg-muted/40 px-4 py-3"
        aria-labelledby="out-of-hours-example-title"
        data-testid="message-example"
      >
        <figcaption id="out-of-hours-example-title" className="mb-1 text-sm font-medium">
          {example.kind === 'ok'
            ? t('example.title', {
                when: format.dateTime(example.at, {
                  timeZone: business.timeZone,
                  weekday: 'long',
                  day: 'numeric',
                  month: 'long',
                  hour: '2-digit',
                  minute: '2-digit',
                  hourCycle: 'h23',
                }),
              })
            : t('example.heading')}
        </figcaption>
        {example.kind === 'ok' ? (
          <blockquote className="whitespace-pre-line text-sm leading-relaxed">{example.text}</blockquote>
        ) : (
          <p className="text-sm text-muted-foreground">{t(`example.${example.kind}`)}</p>
        )}
      </figure>
    </SectionCard>
  )
}
