import Link from 'next/link'
import { getTranslations } from 'next-intl/server'
import { Bot } from 'lucide-react'
import type { ScopeSummary } from '@/db/queries'
import { Badge } from '@/components/ui/badge'
import { cn } from '@/lib/utils'

export function scopeHref(departmentId: string | null): string {
  return departmentId ? `/settings/schedules/${encodeURIComponent(departmentId)}` : '/settings/schedules'
}

/** SPEC §6 — General first, then each department with its mode ("usa General" / "propia"). */
export async function ScopeSelector({ scopes, current }: { scopes: ScopeSummary[]; current: string | null }) {
  const t = await getTranslations('schedules.scopes')
  return (
    <nav aria-label={t('label')}>
      <ul className="flex flex-col gap-1" data-testid="scope-list">
        {scopes.map((scope) => {
          const active = scope.departmentId === current
          return (
            <li key={scope.departmentId ?? 'general'}>
              <Link
                href={scopeHref(scope.departmentId)}
                aria-current={active ? 'page' : undefined}
                data-testid="scope-item"
                className={cn(
                  'flex flex-col gap-1 rounded-lg border px-3 py-2 text-sm transition-colors hover:bg-muted focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring',
                  active ? 'border-primary bg-muted' : 'border-transparent',
                )}
              >
                <span className="flex items-center justify-between gap-2">
                  <span className="font-medium">{scope.departmentId ? scope.name : t('general')}</span>
                  {scope.departmentId ? (
                    <Badge variant={scope.usesGeneral ? 'secondary' : 'outline'}>
                      {scope.usesGeneral ? t('usesGeneral') : t('own')}
                    </Badge>
                  ) : null}
                </span>
                <span className="flex flex-wrap items-center gap-x-3 gap-y-0.5 text-xs text-muted-foreground">
                  <span>{scope.timeZone}</span>
                  <span className="inline-flex items-center gap-1">
                    <Bot aria-hidden className="size-3.5" />
                    {scope.assistantActive ? t('assistantActive') : t('assistantInactive')}
                  </span>
                </span>
              </Link>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
