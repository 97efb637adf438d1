import * as React from 'react'
import { CircleAlertIcon } from '@/components/ui/icons'

import { cn } from '@/lib/utils'

/**
 * Field error next to a control. Keep it mounted (message may be empty) and point the control at it:
 *   <Input aria-invalid={!!err} aria-describedby="tz-error" /> <FieldError id="tz-error" message={err} />
 * It is a polite live region, so a new message is announced without stealing focus.
 * Colour: destructive (#b91c1c) = 6.5:1 on white, 5.9:1 on muted.
 */
export function FieldError({
  id,
  message,
  className,
  ...props
}: Omit<React.ComponentProps<'p'>, 'children'> & { id: string; message?: React.ReactNode }) {
  const hasMessage = message !== undefined && message !== null && message !== false && message !== ''
  return (
    <p
      id={id}
      data-slot="field-error"
      aria-live="polite"
      aria-atomic="true"
      className={cn('ui-field-error', className)}
      {...props}
    >
      {hasMessage ? (
        <>
          <CircleAlertIcon aria-hidden className="mt-0.5 size-4 shrink-0" />
          <span>{message}</span>
        </>
      ) : null}
    </p>
  )
}

/** Helper text under a control; reference its id from the control's aria-describedby. */
export function FieldDescription({ className, ...props }: React.ComponentProps<'p'>) {
  return (
    <p data-slot="field-description" className={cn('text-sm text-muted-foreground', className)} {...props} />
  )
}
