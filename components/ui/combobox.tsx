'use client'

import * as React from 'react'
import { ChevronsUpDownIcon } from '@/components/ui/icons'

import { cn } from '@/lib/utils'
import { Popover, PopoverContent, PopoverTrigger } from '@/components/ui/popover'
import type { ComboboxList, ComboboxOption } from './combobox-list'

export type { ComboboxOption }

type ListComponent = typeof ComboboxList
let listModule: Promise<ListComponent> | null = null
const loadList = () => (listModule ??= import('./combobox-list').then((m) => m.ComboboxList))

/**
 * The searchable list (cmdk) is only needed once the popover opens, so it is not part of the page's first-load
 * JavaScript: every combobox starts loading it when it mounts, and it is normally there before anyone opens one.
 */
function useComboboxList(): ListComponent | null {
  const [List, setList] = React.useState<ListComponent | null>(null)
  React.useEffect(() => {
    let live = true
    loadList().then(
      (loaded) => live && setList(() => loaded),
      () => {
        listModule = null // retried by the next combobox that mounts
      },
    )
    return () => {
      live = false
    }
  }, [])
  return List
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
  /** Shown in the popover in the rare case it opens before the list's code has arrived. */
  loadingText?: string
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
  /** A search of its own (e.g. time zones by country or offset): 0 hides an option, higher scores sort first. */
  filter?: (value: string, search: string) => number
  ref?: React.Ref<HTMLButtonElement>
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
  loadingText = 'Cargando…',
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
  filter,
  ref,
}: ComboboxProps) {
  const [open, setOpen] = React.useState(false)
  const [search, setSearch] = React.useState('')
  // True from the key press that opens the popover until it closes, so fast typing on the trigger
  // (before the search box has focus) keeps accumulating instead of replacing the first character.
  const seedingRef = React.useRef(false)
  const List = useComboboxList()

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
        // The list focuses its search box itself when it mounts (it may arrive a moment after the popover).
        onOpenAutoFocus={(e) => e.preventDefault()}
        aria-label={ariaLabel}
        aria-labelledby={ariaLabel ? undefined : ariaLabelledBy}
        className={cn('w-(--radix-popover-trigger-width) min-w-64 p-0', contentClassName)}
      >
        {List ? (
          // `List` is the export of a module-level import(): the same function every render, never re-created.
          // eslint-disable-next-line react-hooks/static-components
          <List
            options={options}
            value={value}
            search={search}
            onSearchChange={setSearch}
            onPick={(picked: string) => {
              onValueChangeRef.current(picked)
              handleOpenChange(false)
            }}
            searchPlaceholder={searchPlaceholder}
            searchLabel={searchLabel ?? searchPlaceholder}
            listLabel={ariaLabel ?? searchLabel ?? searchPlaceholder}
            emptyText={emptyText}
            filter={filter}
          />
        ) : (
          <p role="status" className="p-3 text-sm text-muted-foreground">
            {loadingText}
          </p>
        )}
      </PopoverContent>
      {name && <input type="hidden" name={name} value={value ?? ''} />}
    </Popover>
  )
}
