'use client'

import * as React from 'react'
import { useTranslations } from 'next-intl'
import { MoveHorizontal } from '@/components/ui/icons'

import { cn } from '@/lib/utils'

/**
 * Wrapped in a horizontally scrollable container. When (and only when) the table overflows, the
 * container becomes keyboard-focusable so it can be scrolled without a mouse (axe
 * scrollable-region-focusable); pass `containerLabel` to expose it as a named region. A phone hides
 * scrollbars until touched, so an overflowing table also says that it scrolls (issue 11 item 10).
 */
export function Table({
  className,
  containerClassName,
  containerLabel,
  ...props
}: React.ComponentProps<'table'> & { containerClassName?: string; containerLabel?: string }) {
  const t = useTranslations('common')
  const containerRef = React.useRef<HTMLDivElement>(null)
  const [overflowing, setOverflowing] = React.useState(false)

  React.useEffect(() => {
    const el = containerRef.current
    if (!el || typeof ResizeObserver === 'undefined') return
    const check = () => setOverflowing(el.scrollWidth > el.clientWidth + 1)
    check()
    const ro = new ResizeObserver(check)
    ro.observe(el)
    if (el.firstElementChild) ro.observe(el.firstElementChild)
    return () => ro.disconnect()
  }, [])

  const table = (
    <div
      ref={containerRef}
      data-slot="table-container"
      tabIndex={overflowing ? 0 : undefined}
      role={overflowing && containerLabel ? 'region' : undefined}
      aria-label={overflowing && containerLabel ? containerLabel : undefined}
      className={cn(
        'relative w-full overflow-x-auto rounded-md',
        'focus-visible:outline-hidden focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-offset-2',
        containerClassName,
      )}
    >
      <table data-slot="table" className={cn('w-full caption-bottom text-sm', className)} {...props} />
    </div>
  )
  // One tree whether or not the hint shows: the observed container must not remount.
  return (
    <div className="flex min-w-0 flex-col gap-1">
      {overflowing ? (
        <p
          className="flex items-center gap-1.5 text-xs text-muted-foreground"
          data-testid="table-scroll-hint"
        >
          <MoveHorizontal aria-hidden className="size-3.5 shrink-0" />
          {t('tableScroll')}
        </p>
      ) : null}
      {table}
    </div>
  )
}

export function TableHeader({ className, ...props }: React.ComponentProps<'thead'>) {
  return <thead data-slot="table-header" className={cn('[&_tr]:border-b', className)} {...props} />
}

export function TableBody({ className, ...props }: React.ComponentProps<'tbody'>) {
  return <tbody data-slot="table-body" className={cn('[&_tr:last-child]:border-0', className)} {...props} />
}

export function TableFooter({ className, ...props }: React.ComponentProps<'tfoot'>) {
  return (
    <tfoot
      data-slot="table-footer"
      className={cn('border-t bg-muted font-medium [&>tr]:last:border-b-0', className)}
      {...props}
    />
  )
}

export function TableRow({ className, ...props }: React.ComponentProps<'tr'>) {
  return (
    <tr
      data-slot="table-row"
      className={cn('border-b transition-colors hover:bg-muted/60 data-[state=selected]:bg-muted', className)}
      {...props}
    />
  )
}

export function TableHead({ className, scope = 'col', ...props }: React.ComponentProps<'th'>) {
  return (
    <th
      data-slot="table-head"
      scope={scope}
      className={cn(
        'h-10 whitespace-nowrap px-3 text-left align-middle font-medium text-foreground [&:has([role=checkbox])]:pr-0',
        className,
      )}
      {...props}
    />
  )
}

export function TableCell({ className, ...props }: React.ComponentProps<'td'>) {
  return (
    <td
      data-slot="table-cell"
      className={cn('px-3 py-2 align-middle [&:has([role=checkbox])]:pr-0', className)}
      {...props}
    />
  )
}

export function TableCaption({ className, ...props }: React.ComponentProps<'caption'>) {
  return (
    <caption
      data-slot="table-caption"
      className={cn('mt-4 text-sm text-muted-foreground', className)}
      {...props}
    />
  )
}
