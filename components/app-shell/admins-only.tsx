import Link from 'next/link'
import { getTranslations } from 'next-intl/server'
import { Lock } from '@/components/ui/icons'

/**
 * A page only administrators use, opened by someone else (docs/behaviour.md §7): it says so and where to go, instead of
 * silently sending them elsewhere.
 */
export async function AdminsOnly({ title }: { title: string }) {
  const t = await getTranslations('common.adminsOnly')
  return (
    <div className="mx-auto flex max-w-lg flex-col items-center gap-3 py-16 text-center">
      <Lock aria-hidden className="size-8 text-muted-foreground" />
      <h1 className="text-2xl font-semibold">{title}</h1>
      <p className="text-muted-foreground">{t('description')}</p>
      <Link
        href="/settings/schedules"
        className="mt-3 inline-block font-medium text-primary underline underline-offset-4"
      >
        {t('back')}
      </Link>
    </div>
  )
}
