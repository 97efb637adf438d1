'use client'

import { useState } from 'react'
import Link from 'next/link'
import { useLocale, useTranslations } from 'next-intl'
import { Bot, Search } from '@/components/ui/icons'
import type { ScopeSummary } from '@/db/queries'
import { zoneChoiceLabel } from '@/lib/clock/zone-name'
import { Badge } from '@/components/ui/badge'
import { Input } from '@/components/ui/input'
import { scopeHref } from '@/lib/settings/scope-href'

const FILTER_FROM = 8

const normalize = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()

/** docs/behaviour.md §6 — General first, then each department with its mode ("usa General" / "propia"); filterable when long. */
export function ScopeSelector({ scopes, current }: { scopes: ScopeSummary[]; current: string | null }) {
  const t = useTranslations('schedules.scopes')
  const locale = useLocale()
  const [query, setQuery] = useState('')
  const q = normalize(query.trim())
  const visible = q ? scopes.filter((s) => s.departmentId === null || normalize(s.name).includes(q)) : scopes
  return (
    <nav aria-label={t('label')} className="flex flex-col gap-2">
      {scopes.length > FILTER_FROM && (
        <div className="relative">
          <Search
            aria-hidden
            className="pointer-events-none absolute left-3 top-1/2 size-4 -translate-y-1/2 text-muted-foreground"
          />
          <Input
            type="search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            placeholder={t('filter')}
            aria-label={t('filter')}
            className="pl-9"
          />
        </div>
      )}
      <ul
        className="flex max-h-80 flex-col gap-1 overflow-y-auto rounded-lg lg:max-h-[calc(100dvh-12rem)]"
        data-testid="scope-list"
      >
        {visible.map((scope) => {
          const active = scope.departmentId === current
          return (
            <li key={scope.departmentId ?? 'general'}>
              <Link
                href={scopeHref(scope.departmentId)}
                aria-current={active ? 'page' : undefined}
                data-testid="scope-item"
                className="ui-scope-item"
              >
                <span className="ui-scope-item-head">
                  <span>{scope.departmentId ? scope.name : t('general')}</span>
                  {scope.departmentId ? (
                    <Badge variant={scope.usesGeneral ? 'secondary' : 'outline'}>
                      {scope.usesGeneral ? t('usesGeneral') : t('own')}
                    </Badge>
                  ) : null}
                </span>
                {/* A department using General has General's zone and assistant: its badge says so, and a list of
                    fifty such departments stays light. */}
                {!scope.usesGeneral && (
                  <span className="ui-scope-item-meta">
                    <span>{zoneChoiceLabel(scope.timeZone, locale)}</span>
                    <span>
                      <Bot aria-hidden className="size-3.5" />
                      {scope.assistantActive ? t('assistantActive') : t('assistantInactive')}
                    </span>
                  </span>
                )}
              </Link>
            </li>
          )
        })}
        {visible.length === 1 && q && (
          <li className="px-3 py-2 text-sm text-muted-foreground">{t('noMatch')}</li>
        )}
      </ul>
    </nav>
  )
}
