'use client'

import { useEffect, useRef, useState } from 'react'
import Link from 'next/link'
import { useLocale, useTranslations } from 'next-intl'
import type { ScopeSummary } from '@/db/queries'
import { Label } from '@/components/ui/label'
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '@/components/ui/select'
import { scopeHref } from '@/lib/settings/scope-href'
import { zoneChoiceLabel } from '@/lib/clock/zone-name'

const GENERAL = 'general'

/**
 * The scope picker on a phone (issue 11 item 10): one select above the editor instead of a list of every department
 * before it. Choosing a scope follows a link, so the unsaved-changes guard (it watches link clicks) still asks first,
 * and the select keeps showing the current scope when the user stays.
 */
export function ScopePickerSelect({ scopes, current }: { scopes: ScopeSummary[]; current: string | null }) {
  const t = useTranslations('schedules.scopes')
  const locale = useLocale()
  const link = useRef<HTMLAnchorElement>(null)
  const [target, setTarget] = useState<{ href: string } | null>(null)
  useEffect(() => {
    if (target) link.current?.click()
  }, [target])
  const name = (scope: ScopeSummary) => (scope.departmentId ? scope.name : t('general'))
  const selected = scopes.find((s) => s.departmentId === current)
  return (
    <div className="flex flex-col gap-1.5">
      <Label htmlFor="scope-picker">{t('label')}</Label>
      <Select
        value={current ?? GENERAL}
        onValueChange={(value) => {
          const id = value === GENERAL ? null : value
          if (id !== current) setTarget({ href: scopeHref(id) })
        }}
      >
        <SelectTrigger id="scope-picker" data-testid="scope-picker">
          <SelectValue>{selected ? name(selected) : t('general')}</SelectValue>
        </SelectTrigger>
        <SelectContent>
          {scopes.map((scope) => (
            <SelectItem
              key={scope.departmentId ?? GENERAL}
              value={scope.departmentId ?? GENERAL}
              description={
                scope.departmentId
                  ? `${scope.usesGeneral ? t('usesGeneral') : t('own')} · ${zoneChoiceLabel(scope.timeZone, locale)}`
                  : zoneChoiceLabel(scope.timeZone, locale)
              }
            >
              {name(scope)}
            </SelectItem>
          ))}
        </SelectContent>
      </Select>
      {target ? (
        <Link ref={link} href={target.href} tabIndex={-1} aria-hidden className="hidden">
          {target.href}
        </Link>
      ) : null}
    </div>
  )
}
