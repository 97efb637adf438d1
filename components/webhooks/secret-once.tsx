'use client'

import { useTranslations } from 'next-intl'
import { Copy } from '@/components/ui/icons'
import { toast } from '@/components/ui/toast'
import { Button } from '@/components/ui/button'
import { Input } from '@/components/ui/input'
import { Label } from '@/components/ui/label'

/** A signing secret, shown once after creating an endpoint or rotating its secret. */
export function SecretOnce({ url, secret, onDone }: { url: string; secret: string; onDone: () => void }) {
  const t = useTranslations('webhooks.secret')
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(secret)
      toast.success(t('copied'))
    } catch {
      toast.error(t('copyFailed'))
    }
  }
  return (
    <div className="space-y-2 rounded-md border border-primary/40 bg-muted p-3" role="status">
      <p className="text-sm font-medium break-all">{t('createdTitle', { url })}</p>
      <p className="text-sm text-muted-foreground">{t('once')}</p>
      <Label htmlFor="webhook-secret">{t('label')}</Label>
      <Input
        id="webhook-secret"
        readOnly
        value={secret}
        className="font-mono"
        onFocus={(e) => e.currentTarget.select()}
      />
      <div className="flex flex-wrap gap-2">
        <Button type="button" variant="outline" size="sm" onClick={copy}>
          <Copy aria-hidden className="size-4" />
          {t('copy')}
        </Button>
        <Button type="button" variant="ghost" size="sm" onClick={onDone}>
          {t('done')}
        </Button>
      </div>
    </div>
  )
}
