import type { LucideIcon } from '@/components/ui/icons'
import { cn } from '@/lib/utils'
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card'

/** One section of the Horarios editor: a landmark region named by its card title (tests and screen readers use it). */
export function SectionCard({
  titleId,
  icon: Icon,
  title,
  description,
  contentClassName,
  children,
}: {
  titleId: string
  icon?: LucideIcon
  title: React.ReactNode
  description?: React.ReactNode
  contentClassName?: string
  children: React.ReactNode
}) {
  return (
    <section aria-labelledby={titleId}>
      <Card>
        <CardHeader>
          <CardTitle as="h3" id={titleId} className={cn(Icon && 'flex items-center gap-2')}>
            {Icon && <Icon aria-hidden className="size-5 text-primary" />}
            {title}
          </CardTitle>
          {description && <CardDescription>{description}</CardDescription>}
        </CardHeader>
        <CardContent className={contentClassName}>{children}</CardContent>
      </Card>
    </section>
  )
}
