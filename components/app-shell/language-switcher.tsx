'use client'

import { useTransition } from 'react'
import { useLocale, useTranslations } from 'next-intl'
import { useRouter } from 'next/navigation'
import { LOCALES } from '@/i18n/config'
import { setLocaleAction } from '@/server/actions/locale-actions'
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '@/components/ui/select'

export function LanguageSwitcher() {
  const t = useTranslations('common.language')
  const locale = useLocale()
  const router = useRouter()
  const [pending, startTransition] = useTransition()
  return (
    <Select
      value={locale}
      disabled={pending}
      onValueChange={(value) =>
        startTransition(async () => {
          await setLocaleAction(value)
          router.refresh()
        })
      }
    >
      <SelectTrigger aria-label={t('label')} className="h-9 w-auto gap-2" size="sm">
        {/* The label as children: in the server HTML too, not only once the options have mounted. */}
        <SelectValue>{t(locale as (typeof LOCALES)[number])}</SelectValue>
      </SelectTrigger>
      <SelectContent>
        {LOCALES.map((l) => (
          <SelectItem key={l} value={l}>
            {t(l)}
          </SelectItem>
        ))}
      </SelectContent>
    </Select>
  )
}
