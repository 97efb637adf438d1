import { getTranslations } from 'next-intl/server'
import { Skeleton } from '@/components/ui/skeleton'

/** Shown while a page of the app loads its data (the header and navigation stay). */
export default async function AppLoading() {
  const t = await getTranslations('common')
  return (
    <div aria-busy="true" className="flex flex-col gap-4 py-6">
      <p role="status" className="sr-only">
        {t('loading')}
      </p>
      <Skeleton className="h-8 w-64" />
      <Skeleton className="h-40 w-full" />
      <Skeleton className="h-40 w-full" />
    </div>
  )
}
