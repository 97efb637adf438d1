import * as React from 'react'

import { cn } from '@/lib/utils'

export const inputClassName = cn(
  'flex h-10 w-full min-w-0 rounded-md border border-input bg-background px-3 py-2 text-base text-foreground shadow-xs transition-[color,box-shadow] md:text-sm',
  'placeholder:text-muted-foreground selection:bg-primary selection:text-primary-foreground',
  'file:inline-flex file:h-7 file:border-0 file:bg-transparent file:text-sm file:font-medium file:text-foreground',
  'disabled:cursor-not-allowed disabled:bg-muted disabled:opacity-60',
  'focus-visible:outline-hidden focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-offset-2 focus-visible:ring-offset-background',
  'aria-invalid:border-destructive aria-invalid:focus-visible:ring-destructive',
)

export function Input({ className, type = 'text', ...props }: React.ComponentProps<'input'>) {
  return <input type={type} data-slot="input" className={cn(inputClassName, className)} {...props} />
}
