'use client'

import { useTransition } from 'react'
import { Controller, useForm } from 'react-hook-form'
import { zodResolver } from '@hookform/resolvers/zod'
import { useTranslations } from 'next-intl'
import { useRouter } from 'next/navigation'
import { toast } from '@/components/ui/toast'
import { Button } from '@/components/ui/button'
import { Input } from '@/components/ui/input'
import { Label } from '@/components/ui/label'
import { Checkbox } from '@/components/ui/checkbox'
import { Switch } from '@/components/ui/switch'
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card'
import { FieldError } from '@/components/ui/form-message'
import { WEBHOOK_EVENTS } from '@/lib/webhooks/events'
import { WebhookEndpointSchema, type WebhookEndpointInput } from '@/lib/webhooks/endpoint-schema'
import { createWebhookEndpointAction } from '@/server/actions/webhook-actions'
import { useFieldErrorText } from '@/components/forms/use-action-error'

const DEFAULTS: WebhookEndpointInput = {
  url: '',
  description: '',
  events: ['routing.changed'],
  enabled: true,
}

export function AddEndpointForm({ onCreated }: { onCreated: (url: string, secret: string) => void }) {
  const t = useTranslations('webhooks')
  const router = useRouter()
  const [pending, startTransition] = useTransition()
  const form = useForm<WebhookEndpointInput>({
    resolver: zodResolver(WebhookEndpointSchema),
    defaultValues: DEFAULTS,
  })
  const errorText = useFieldErrorText('webhooks')

  const onSubmit = form.handleSubmit((values) =>
    startTransition(async () => {
      const result = await createWebhookEndpointAction(values)
      if (!result.ok) {
        const fields = ('fieldErrors' in result ? result.fieldErrors : undefined) ?? {}
        for (const name of ['url', 'description', 'events'] as const) {
          if (fields[name]) form.setError(name, { message: fields[name] })
        }
        if (!fields.url && !fields.description && !fields.events) {
          toast.error(errorText(result.error) ?? t('errors.unexpected'))
        }
        return
      }
      onCreated(values.url.trim(), result.data.secret)
      form.reset(DEFAULTS)
      router.refresh()
    }),
  )

  const urlError = errorText(form.formState.errors.url?.message)
  const descriptionError = errorText(form.formState.errors.description?.message)
  const eventsError = errorText(
    form.formState.errors.events?.message ?? form.formState.errors.events?.root?.message,
  )

  return (
    <Card>
      <CardHeader>
        <CardTitle>{t('form.title')}</CardTitle>
        <CardDescription>{t('form.description')}</CardDescription>
      </CardHeader>
      <CardContent>
        <form onSubmit={onSubmit} noValidate className="grid max-w-2xl gap-4">
          <div className="space-y-1.5">
            <Label htmlFor="webhook-url">{t('form.url')}</Label>
            <Input
              id="webhook-url"
              type="url"
              inputMode="url"
              autoComplete="off"
              placeholder="https://"
              aria-invalid={!!urlError}
              aria-describedby={urlError ? 'webhook-url-error webhook-url-hint' : 'webhook-url-hint'}
              {...form.register('url')}
            />
            <p id="webhook-url-hint" className="text-xs text-muted-foreground">
              {t('form.urlHint')}
            </p>
            <FieldError id="webhook-url-error" message={urlError} />
          </div>
          <div className="space-y-1.5">
            <Label htmlFor="webhook-description">{t('form.descriptionLabel')}</Label>
            <Input
              id="webhook-description"
              autoComplete="off"
              aria-invalid={!!descriptionError}
              aria-describedby={descriptionError ? 'webhook-description-error' : undefined}
              {...form.register('description')}
            />
            <FieldError id="webhook-description-error" message={descriptionError} />
          </div>
          <fieldset className="space-y-2" aria-describedby={eventsError ? 'webhook-events-error' : undefined}>
            <legend className="text-sm font-medium">{t('form.events')}</legend>
            <Controller
              control={form.control}
              name="events"
              render={({ field }) => (
                <div className="space-y-2">
                  {WEBHOOK_EVENTS.map((event) => {
                    const id = `webhook-event-${event.replace('.', '-')}`
                    return (
                      <div key={event} className="flex items-start gap-2">
                        <Checkbox
                          id={id}
                          checked={field.value.includes(event)}
                          onCheckedChange={(value) =>
                            field.onChange(
                              value === true
                                ? WEBHOOK_EVENTS.filter((e) => e === event || field.value.includes(e))
                                : field.value.filter((e) => e !== event),
                            )
                          }
                        />
                        <Label htmlFor={id} className="font-normal leading-5">
                          {t(`events.${event.replace('.', '_') as 'routing_changed'}`)}{' '}
                          <code className="text-xs text-muted-foreground">{event}</code>
                        </Label>
                      </div>
                    )
                  })}
                </div>
              )}
            />
            <FieldError id="webhook-events-error" message={eventsError} />
          </fieldset>
          <div className="flex items-center gap-2">
            <Controller
              control={form.control}
              name="enabled"
              render={({ field }) => (
                <Switch id="webhook-enabled" checked={field.value} onCheckedChange={field.onChange} />
              )}
            />
            <Label htmlFor="webhook-enabled">{t('form.enabled')}</Label>
          </div>
          <div>
            <Button type="submit" disabled={pending}>
              {t('form.submit')}
            </Button>
          </div>
        </form>
      </CardContent>
    </Card>
  )
}
