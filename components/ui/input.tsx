import * as React from 'react'

import { cn } from '@/lib/utils'

/** Base styles live in app/globals.css (`.ui-input`): one short class instead of a long string per input. */
export const inputClassName = 'ui-input'

export function Input({ className, type = 'text', ...props }: React.ComponentProps<'input'>) {
  return <input type={type} className={cn(inputClassName, className)} {...props} />
}
