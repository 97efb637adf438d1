import * as React from 'react'

import { cn } from '@/lib/utils'

/** Decorative placeholder (aria-hidden). Mark the loading container with aria-busy and/or a status text. */
export function Skeleton({ className, ...props }: React.ComponentProps<'div'>) {
  return (
    <div
      data-slot="skeleton"
      aria-hidden
      className={cn('rounded-md bg-muted motion-safe:animate-pulse', className)}
      {...props}
    />
  )
}
