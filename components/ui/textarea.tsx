import * as React from 'react'

import { cn } from '@/lib/utils'
import { inputClassName } from '@/components/ui/input'

export function Textarea({ className, ...props }: React.ComponentProps<'textarea'>) {
  return (
    <textarea
      className={cn(inputClassName, 'field-sizing-content h-auto min-h-20 resize-y', className)}
      {...props}
    />
  )
}
