'use client'

import { useId, useState } from 'react'
import { useTranslations } from 'next-intl'
import { CheckIcon, CopyIcon } from '@/components/ui/icons'
import { decide, type AgentsInput, type RoutingConfig } from '@/lib/routing'
import { isMessageLanguage, type MessageLanguage } from '@/lib/out-of-hours/phrases'
import { staffReply } from '@/lib/out-of-hours/staff-reply'
import { Button } from '@/components/ui/button'
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card'
import { Label } from '@/components/ui/label'
import { Select, SelectTrigger, SelectValue } from '@/components/ui/select'
import { MessageLanguageOptions } from '@/components/fields/message-language-options'
import { toast } from '@/components/ui/toast'
import { TimeZonePicker } from '@/components/fields/time-zone-picker'

/**
 * Issue 16 §5 — "a reply staff can paste": the decision for the chosen moment as one sentence for the customer, in
 * the customer's language and (optionally) their own time zone, with a copy button.
 */
export function StaffReplyCard({
  config,
  agents,
  at,
  assistantName,
  now,
  language,
  onLanguageChange,
}: {
  config: RoutingConfig
  /** Agents online (live or the what-if count), as for the decision shown above. */
  agents: AgentsInput
  at: Date
  assistantName: string | null
  /** Reference instant for the zone picker's offsets (server render time, so server and client agree). */
  now: number
  /** The customer's language (shared with the out-of-hours message shown above). */
  language: MessageLanguage
  onLanguageChange: (language: MessageLanguage) => void
}) {
  const t = useTranslations('preview.reply')
  const id = useId()
  const [timeZone, setTimeZone] = useState(config.business.timeZone)
  const [copied, setCopied] = useState(false)
  const decision = decide(config, at, agents)
  const text = staffReply({ config, decision, at, language, timeZone, assistantName })

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text)
      setCopied(true)
      toast.success(t('copied'))
      window.setTimeout(() => setCopied(false), 2000)
    } catch {
      toast.error(t('copyFailed'))
    }
  }

  return (
    <Card aria-labelledby={`${id}-title`} data-testid="staff-reply-card">
      <CardHeader>
        <CardTitle id={`${id}-title`} className="text-base">
          {t('title')}
        </CardTitle>
        <CardDescription>{t('description')}</CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-4">
        <div className="grid gap-3 sm:grid-cols-2">
          <div className="flex flex-col gap-1.5">
            <Label htmlFor={`${id}-language`}>{t('language')}</Label>
            <Select value={language} onValueChange={(v) => isMessageLanguage(v) && onLanguageChange(v)}>
              <SelectTrigger id={`${id}-language`}>
                <SelectValue>{t(`languages.${language}`)}</SelectValue>
              </SelectTrigger>
              <MessageLanguageOptions label={(l) => t(`languages.${l}`)} />
            </Select>
          </div>
          <div className="flex min-w-0 flex-col gap-1.5">
            <Label id={`${id}-zone-label`}>{t('timeZone')}</Label>
            <TimeZonePicker
              id={`${id}-zone`}
              value={timeZone}
              onValueChange={setTimeZone}
              at={new Date(now)}
              aria-labelledby={`${id}-zone-label`}
            />
          </div>
        </div>
        <blockquote
          lang={language}
          className="rounded-md border bg-muted/40 px-4 py-3 text-sm leading-relaxed"
          data-testid="staff-reply"
        >
          {text}
        </blockquote>
        <Button variant="outline" className="w-fit" onClick={copy}>
          {copied ? <CheckIcon aria-hidden /> : <CopyIcon aria-hidden />}
          {copied ? t('copiedButton') : t('copy')}
        </Button>
      </CardContent>
    </Card>
  )
}
