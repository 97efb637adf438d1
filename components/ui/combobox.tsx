'use client'

import * as React from 'react'
import { CheckIcon, ChevronsUpDownIcon } from 'lucide-react'

import { cn } from '@/lib/utils'
import { Command, CommandEmpty, CommandInput, CommandItem, CommandList } from '@/components/ui/command'
import { Popover, PopoverContent, PopoverTrigger } from '@/components/ui/popover'

export interface ComboboxOption {
  value: string
  label: string
  /** Secondary text (e.g. "UTC−03:00"); shown muted and also searchable. */
  hint?: string
}

export interface ComboboxProps {
  options: readonly ComboboxOption[]
  value: string | null | undefined
  onValueChange: (value: string) => void
  placeholder?: string
  searchPlaceholder?: string
  /** Accessible name of the search box (defaults to searchPlaceholder). */
  searchLabel?: string
  emptyText?: string
  /** id of the trigger button, so <Label htmlFor={id}> names it. */
  id?: string
  /** Adds a hidden input carrying the value for native form posts. */
  name?: string
  disabled?: boolean
  className?: string
  contentClassName?: string
  'aria-label'?: string
  'aria-labelledby'?: string
  'aria-describedby'?: string
  'aria-invalid'?: boolean | 'true' | 'false'
  /** Called when the trigger loses focus (react-hook-form Controller `field.onBlur`). */
  onBlur?: React.FocusEventHandler<HTMLButtonElement>
  ref?: React.Ref<HTMLButtonElement>
}

/** Lower-case, accent-free, "_" and "/" as spaces: "America/Bogotá_X" → "america bogota x". */
const normalize = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[_/]+/g, ' ')

/**
 * Predictable, cheap filter (instead of cmdk's fuzzy command-score): every search word must appear in
 * the option's label/value/hint. Whole-text prefix > word prefix > substring; ties keep the input order.
 * The haystack is pre-normalised once per option and passed to cmdk as the item's only keyword.
 */
let lastSearch = ''
let lastTokens: string[] = []
function filterOption(_value: string, search: string, keywords?: string[]): number {
  const hay = keywords?.[0] ?? ''
  if (search !== lastSearch) {
    lastSearch = search
    lastTokens = normalize(search).split(/\s+/).filter(Boolean)
  }
  if (lastTokens.length === 0) return 1
  let score = 1
  for (const token of lastTokens) {
    const i = hay.indexOf(token)
    if (i === -1) return 0
    score = Math.min(score, i === 0 ? 1 : hay[i - 1] === ' ' ? 0.75 : 0.5)
  }
  return score
}

/**
 * Searchable single-select: a role="combobox" button opening a Popover with a cmdk list.
 * Keyboard: Enter/Space/ArrowDown/ArrowUp or typing a character opens it (typed text seeds the search);
 * arrows/Home/End move, Enter picks, Escape closes; focus returns to the trigger.
 */
export function Combobox({
  options,
  value,
  onValueChange,
  placeholder = 'Seleccionar…',
  searchPlaceholder = 'Buscar…',
  searchLabel,
  emptyText = 'Sin resultados.',
  id,
  name,
  disabled,
  className,
  contentClassName,
  'aria-label': ariaLabel,
  'aria-labelledby': ariaLabelledBy,
  'aria-describedby': ariaDescribedBy,
  'aria-invalid': ariaInvalid,
  onBlur,
  ref,
}: ComboboxProps) {
  const [open, setOpen] = React.useState(false)
  const [search, setSearch] = React.useState('')
  // True from the key press that opens the popover until it closes, so fast typing on the trigger
  // (before the search box has focus) keeps accumulating instead of replacing the first character.
  const seedingRef = React.useRef(false)
  const inputRef = React.useRef<HTMLInputElement>(null)
  const listRef = React.useRef<HTMLDivElement>(null)

  // cmdk highlights the best match after each search but keeps the old scroll offset (and may scroll
  // back to the previously highlighted item); once it has settled, show the top of the results.
  React.useEffect(() => {
    const frame = requestAnimationFrame(() => {
      if (listRef.current) listRef.current.scrollTop = 0
    })
    return () => cancelAnimationFrame(frame)
  }, [search])

  const selected = React.useMemo(() => options.find((o) => o.value === value), [options, value])

  const onValueChangeRef = React.useRef(onValueChange)
  React.useEffect(() => {
    onValueChangeRef.current = onValueChange
  }, [onValueChange])

  const handleOpenChange = React.useCallback((next: boolean) => {
    setOpen(next)
    if (!next) {
      setSearch('')
      seedingRef.current = false
    }
  }, [])

  // The option elements only depend on options/value, not on the search text: cmdk filters them
  // itself, so typing does not re-render ~400 items.
  const items = React.useMemo(
    () =>
      options.map((o) => (
        <CommandItem
          key={o.value}
          value={o.value}
          keywords={[normalize(`${o.label} ${o.value} ${o.hint ?? ''}`)]}
          onSelect={() => {
            onValueChangeRef.current(o.value)
            handleOpenChange(false)
          }}
        >
          <CheckIcon aria-hidden className={cn('size-4', o.value === value ? 'opacity-100' : 'opacity-0')} />
          <span className="min-w-0 flex-1 truncate">{o.label}</span>
          {o.hint && <span className="shrink-0 text-xs text-muted-foreground">{o.hint}</span>}
        </CommandItem>
      )),
    [options, value, handleOpenChange],
  )

  const onTriggerKeyDown = (e: React.KeyboardEvent<HTMLButtonElement>) => {
    if (disabled || (open && !seedingRef.current)) return
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault()
      handleOpenChange(true)
    } else if (e.key.length === 1 && e.key !== ' ' && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault()
      const key = e.key
      const append = seedingRef.current
      seedingRef.current = true
      setSearch((prev) => (append ? prev + key : key))
      setOpen(true)
    }
  }

  const listLabel = ariaLabel ?? searchLabel ?? searchPlaceholder

  return (
    <Popover open={open} onOpenChange={handleOpenChange}>
      <PopoverTrigger asChild disabled={disabled}>
        <button
          ref={ref}
          id={id}
          type="button"
          // aria-controls (→ the popover) and aria-haspopup are injected by Radix PopoverTrigger via Slot.
          // eslint-disable-next-line jsx-a11y/role-has-required-aria-props
          role="combobox"
          aria-expanded={open}
          aria-label={ariaLabel}
          aria-labelledby={ariaLabelledBy}
          aria-describedby={ariaDescribedBy}
          aria-invalid={ariaInvalid}
          disabled={disabled}
          onKeyDown={onTriggerKeyDown}
          onBlur={onBlur}
          data-slot="combobox-trigger"
          className={cn(
            'flex h-10 w-full items-center justify-between gap-2 rounded-md border border-input bg-background px-3 py-2 text-left text-base text-foreground shadow-xs transition-[color,box-shadow] md:text-sm',
            'focus-visible:outline-hidden focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-offset-2 focus-visible:ring-offset-background',
            'disabled:cursor-not-allowed disabled:bg-muted disabled:opacity-60',
            'aria-invalid:border-destructive aria-invalid:focus-visible:ring-destructive',
            className,
          )}
        >
          {selected ? (
            <span className="flex min-w-0 flex-1 items-baseline gap-2">
              <span className="truncate">{selected.label}</span>
              {selected.hint && (
                <span className="shrink-0 text-xs text-muted-foreground">{selected.hint}</span>
              )}
            </span>
          ) : (
            <span className="flex-1 truncate text-muted-foreground">{placeholder}</span>
          )}
          <ChevronsUpDownIcon aria-hidden className="size-4 shrink-0 text-muted-foreground" />
        </button>
      </PopoverTrigger>
      <PopoverContent
        align="start"
        onOpenAutoFocus={(e) => {
          // Radix would select the search text; put the caret at the end instead so typed-ahead text is kept.
          e.preventDefault()
          const input = inputRef.current
          if (!input) return
          input.focus({ preventScroll: true })
          input.setSelectionRange(input.value.length, input.value.length)
        }}
        aria-label={ariaLabel}
        aria-labelledby={ariaLabel ? undefined : ariaLabelledBy}
        className={cn('w-(--radix-popover-trigger-width) min-w-64 p-0', contentClassName)}
      >
        <Command
          label={searchLabel ?? searchPlaceholder}
          defaultValue={value ?? undefined}
          filter={filterOption}
          loop
        >
          <CommandInput
            ref={inputRef}
            placeholder={searchPlaceholder}
            value={search}
            onValueChange={setSearch}
          />
          <CommandList ref={listRef} label={listLabel}>
            <CommandEmpty>{emptyText}</CommandEmpty>
            {items}
          </CommandList>
        </Command>
      </PopoverContent>
      {name && <input type="hidden" name={name} value={value ?? ''} />}
    </Popover>
  )
}
