'use client'

import * as React from 'react'
import { useComposedRefs } from 'radix-ui/internal'

import { cn } from '@/lib/utils'
import { Input } from '@/components/ui/input'

/** Valid values: "00:00"–"23:59" and "24:00" (end of day). */
const TIME_PATTERN = '(?:[01][0-9]|2[0-3]):[0-5][0-9]|24:00'
const TIME_RE = new RegExp(`^(?:${TIME_PATTERN})$`)

/** Minutes since midnight for a valid "HH:MM" (1440 for "24:00"), else null. */
export function parseTime(value: string): number | null {
  if (!TIME_RE.test(value)) return null
  return Number(value.slice(0, 2)) * 60 + Number(value.slice(3, 5))
}

export function formatMinutes(minutes: number): string {
  const h = Math.floor(minutes / 60)
  const m = minutes % 60
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`
}

/** Normalises what the user typed: digits + one ':', auto ':' after the hour, max "HH:MM". */
export function formatTypedTime(raw: string, deleting = false): string {
  let v = raw.replace(/[^\d:]/g, '')
  const colon = v.indexOf(':')
  if (colon === -1) {
    if (v.length > 2) v = `${v.slice(0, 2)}:${v.slice(2, 4)}`
    else if (!deleting && v.length === 2) v = `${v}:`
    else if (!deleting && v.length === 1 && v > '2') v = `0${v}:` // "7" can only be 07
  } else {
    const hours = v.slice(0, colon)
    const minutes = v.slice(colon + 1).replace(/:/g, '')
    v =
      hours.length > 2
        ? `${hours.slice(0, 2)}:${(hours.slice(2) + minutes).slice(0, 2)}`
        : `${hours}:${minutes.slice(0, 2)}`
  }
  return v.slice(0, 5)
}

/** Sets the value the way a user edit would, so React (controlled) and react-hook-form (register) both see it. */
function emitValue(el: HTMLInputElement, next: string) {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set
  if (setter) setter.call(el, next)
  else el.value = next
  el.dispatchEvent(new Event('input', { bubbles: true }))
}

export type TimeInputProps = Omit<React.ComponentProps<'input'>, 'type' | 'value' | 'defaultValue'> & {
  value?: string
  defaultValue?: string
  /** Convenience callback with the formatted string (the native `onChange` event is also fired). */
  onValueChange?: (value: string) => void
  /** Minutes per ArrowUp/ArrowDown step (PageUp/PageDown move one hour). Default 15. */
  stepMinutes?: number
  /** Accept and reach "24:00" with the arrows. Default true. */
  allow24?: boolean
}

/**
 * 24-hour "HH:MM" text input. A plain <input>: works with react-hook-form `register` (uncontrolled) and
 * `Controller` (`{...field}`), and with Playwright `fill('22:00')`. No `pattern` attribute: the forms are
 * `noValidate` and their zod schema says what is wrong next to the field, so it only cost ~60 B per input.
 */
export function TimeInput({
  ref,
  className,
  onChange,
  onValueChange,
  onKeyDown,
  onBlur,
  stepMinutes = 15,
  allow24 = true,
  placeholder = 'HH:MM',
  ...props
}: TimeInputProps) {
  const innerRef = React.useRef<HTMLInputElement>(null)
  const composedRef = useComposedRefs(ref, innerRef)

  const handleChange = (e: React.ChangeEvent<HTMLInputElement>) => {
    const el = e.currentTarget
    const inputType = (e.nativeEvent as Partial<InputEvent>).inputType ?? ''
    const next = formatTypedTime(el.value, inputType.startsWith('delete'))
    if (next !== el.value) el.value = next
    onChange?.(e)
    onValueChange?.(next)
  }

  const handleKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    onKeyDown?.(e)
    if (e.defaultPrevented || props.readOnly || props.disabled) return
    const delta =
      e.key === 'ArrowUp'
        ? stepMinutes
        : e.key === 'ArrowDown'
          ? -stepMinutes
          : e.key === 'PageUp'
            ? 60
            : e.key === 'PageDown'
              ? -60
              : 0
    if (!delta || e.altKey || e.ctrlKey || e.metaKey) return
    e.preventDefault()
    const el = e.currentTarget
    const max = allow24 ? 1440 : 1440 - stepMinutes
    const step = Math.abs(delta)
    const current = parseTime(el.value)
    let next: number
    if (current === null) next = delta > 0 ? 0 : max
    else {
      // Snap to the step grid, then wrap around the day.
      next = delta > 0 ? (Math.floor(current / step) + 1) * step : (Math.ceil(current / step) - 1) * step
      if (next > max) next = 0
      else if (next < 0) next = max
    }
    emitValue(el, formatMinutes(next))
  }

  const handleBlur = (e: React.FocusEvent<HTMLInputElement>) => {
    // "9:30" → "09:30" (unambiguous); anything else is left for validation to report.
    const m = /^(\d):([0-5]\d)$/.exec(e.currentTarget.value)
    if (m) emitValue(e.currentTarget, `0${m[1]}:${m[2]}`)
    onBlur?.(e)
  }

  return (
    <Input
      ref={composedRef}
      type="text"
      inputMode="numeric"
      autoComplete="off"
      spellCheck={false}
      maxLength={5}
      placeholder={placeholder}
      className={cn('w-24 tabular-nums', className)}
      onChange={handleChange}
      onKeyDown={handleKeyDown}
      onBlur={handleBlur}
      {...props}
    />
  )
}
