import type * as React from 'react'

import { cn } from '@/lib/utils'
import { Input } from '@/components/ui/input'
import { Label } from '@/components/ui/label'
import { FieldDescription, FieldError } from '@/components/ui/form-message'

type TextFieldProps = Omit<React.ComponentProps<typeof Input>, 'id' | 'aria-invalid' | 'aria-describedby'> & {
  id: string
  label: React.ReactNode
  /** Helper text shown under the input while there is no error. */
  hint?: React.ReactNode
  error?: string
}

/**
 * Label + input + hint/error, wired for assistive technology: the input is described by whichever text is shown,
 * and marked invalid while there is an error. Pass react-hook-form's `register(name)` props straight through.
 */
export function TextField({ id, label, hint, error, className, ...inputProps }: TextFieldProps) {
  const showHint = hint !== undefined && !error
  const describedBy = error ? `${id}-error` : showHint ? `${id}-hint` : undefined
  return (
    <div className={cn('space-y-1.5', className)}>
      <Label htmlFor={id}>{label}</Label>
      <Input id={id} aria-invalid={!!error} aria-describedby={describedBy} {...inputProps} />
      {showHint ? (
        <FieldDescription id={`${id}-hint`} className="text-xs">
          {hint}
        </FieldDescription>
      ) : null}
      <FieldError id={`${id}-error`} message={error} />
    </div>
  )
}
