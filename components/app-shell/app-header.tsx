import { getTranslations } from 'next-intl/server'
import type { Viewer } from '@/server/session'
import { can } from '@/lib/auth/permissions'
import { MainNav } from './main-nav'
import { LanguageSwitcher } from './language-switcher'
import { SignOutButton } from './sign-out-button'

export async function AppHeader({ viewer }: { viewer: Viewer }) {
  const t = await getTranslations('common')
  return (
    <header className="border-b bg-background">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-background focus:px-3 focus:py-2"
      >
        {t('nav.skipToContent')}
      </a>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <div className="flex min-w-0 flex-col">
          <span className="truncate text-base font-semibold" data-testid="organization-name">
            {viewer.organizationName}
          </span>
          <span className="truncate text-xs text-muted-foreground">
            {viewer.name} · {t(`user.role.${viewer.role}`)}
          </span>
        </div>
        <MainNav
          canManageMembers={can(viewer.role, { member: ['create'] })}
          canManageApi={can(viewer.role, { apiKey: ['manage'] }) || can(viewer.role, { webhooks: ['read'] })}
        />
        <div className="ml-auto flex items-center gap-2">
          <LanguageSwitcher />
          <SignOutButton />
        </div>
      </div>
    </header>
  )
}
