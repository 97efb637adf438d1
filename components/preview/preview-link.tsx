import Link from 'next/link'
import { useTranslations } from 'next-intl'
import { EyeIcon } from '@/components/ui/icons'
import { scopeKey } from '@/lib/preview/overview'
import { buttonVariants } from '@/components/ui/button'
import { cn } from '@/lib/utils'

/** "Ver quién atiende" → the preview of a scope (null = General). For the Horarios editor's scope view. */
export function PreviewLink({
  departmentId,
  className,
}: {
  departmentId: string | null
  className?: string
}) {
  const t = useTranslations('preview.link')
  return (
    <Link
      href={`/preview?scope=${encodeURIComponent(scopeKey(departmentId))}`}
      className={cn(buttonVariants({ variant: 'outline', size: 'sm' }), className)}
    >
      <EyeIcon aria-hidden />
      {t('label')}
    </Link>
  )
}
