import * as React from 'react'
import { Slot } from 'radix-ui'
import { cva, type VariantProps } from 'class-variance-authority'

import { cn } from '@/lib/utils'

export const buttonVariants = cva(
  // Base, sizes and variants are component classes in app/globals.css (`.ui-button*`): a page repeats buttons by
  // the hundred, and a call site's utilities (`h-8`, `px-2`, `text-primary`) still win over them.
  'ui-button',
  {
    variants: {
      variant: {
        default: 'ui-button-primary',
        secondary: 'ui-button-secondary',
        outline: 'ui-button-outline',
        ghost: 'ui-button-ghost',
        destructive: 'ui-button-destructive',
        link: 'ui-button-link',
      },
      size: {
        sm: 'ui-button-sm',
        default: 'ui-button-md',
        lg: 'ui-button-lg',
        icon: 'size-10',
      },
    },
    defaultVariants: { variant: 'default', size: 'default' },
  },
)

export type ButtonProps = React.ComponentProps<'button'> &
  VariantProps<typeof buttonVariants> & {
    /** Render the single child element (e.g. a Next.js <Link>) with button styles. */
    asChild?: boolean
  }

export function Button({ className, variant, size, asChild = false, type, ...props }: ButtonProps) {
  const Comp = asChild ? Slot.Root : 'button'
  return (
    <Comp
      // Never submit a form by accident: default to type="button" unless asked otherwise.
      type={asChild ? type : (type ?? 'button')}
      className={cn(buttonVariants({ variant, size }), className)}
      {...props}
    />
  )
}
