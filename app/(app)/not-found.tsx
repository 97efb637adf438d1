import Link from 'next/link'
import { getTranslations } from 'next-intl/server'

export default async function NotFound() {
  const t = await getTranslations('common.notFound')
  return (
    <div className="mx-auto max-w-lg py-16 text-center">
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      <p className="mt-2 text-muted-foreground">{t('description')}</p>
      <Link
        href="/settings/schedules"
        className="mt-6 inline-block font-medium text-primary underline underline-offset-4"
      >
        {t('back')}
      </Link>
    </div>
  )
}
