'use client'

import Link from 'next/link'
import { usePathname } from 'next/navigation'
import { useTranslations } from 'next-intl'
import { cn } from '@/lib/utils'

const ITEMS = [
  { href: '/settings/schedules', key: 'schedules' },
  { href: '/preview', key: 'preview' },
  { href: '/agents', key: 'agents' },
  { href: '/settings/members', key: 'members' },
  { href: '/settings/api', key: 'api' },
] as const

export function MainNav({
  canManageMembers,
  canManageApi,
}: {
  canManageMembers: boolean
  canManageApi: boolean
}) {
  const t = useTranslations('common.nav')
  const pathname = usePathname()
  return (
    <nav aria-label={t('mainNavigation')}>
      <ul className="flex flex-wrap items-center gap-1">
        {ITEMS.filter(
          (item) => (item.key !== 'members' || canManageMembers) && (item.key !== 'api' || canManageApi),
        ).map((item) => {
          const active = pathname === item.href || pathname.startsWith(`${item.href}/`)
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={active ? 'page' : undefined}
                className={cn(
                  'inline-flex h-9 items-center rounded-md px-3 text-sm font-medium transition-colors hover:bg-muted focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring',
                  active ? 'bg-muted text-foreground' : 'text-muted-foreground',
                )}
              >
                {item.key === 'schedules' ? `${t('settings')} → ${t('schedules')}` : t(item.key)}
              </Link>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
