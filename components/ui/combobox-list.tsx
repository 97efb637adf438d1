'use client'

import * as React from 'react'
import { CheckIcon } from '@/components/ui/icons'

import { cn } from '@/lib/utils'
import { Command, CommandEmpty, CommandInput, CommandItem, CommandList } from '@/components/ui/command'

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

export type ComboboxOption = {
  value: string
  label: string
  /** Secondary text (e.g. "UTC−03:00"); shown muted and also searchable. */
  hint?: string
}

type ComboboxListProps = {
  options: readonly ComboboxOption[]
  value: string | null | undefined
  search: string
  onSearchChange: (search: string) => void
  onPick: (value: string) => void
  searchPlaceholder: string
  searchLabel: string
  listLabel: string
  emptyText: string
  /** Replaces the default word filter: 0 hides an option, higher scores sort first. */
  filter?: (value: string, search: string) => number
}

/** The popover body of a Combobox: search box + cmdk list. Loaded on demand by combobox.tsx. */
export function ComboboxList({
  options,
  value,
  search,
  onSearchChange,
  onPick,
  searchPlaceholder,
  searchLabel,
  listLabel,
  emptyText,
  filter,
}: ComboboxListProps) {
  const inputRef = React.useRef<HTMLInputElement>(null)
  const listRef = React.useRef<HTMLDivElement>(null)
  const onPickRef = React.useRef(onPick)
  React.useEffect(() => {
    onPickRef.current = onPick
  }, [onPick])

  // Mounted when the popover opens: focus the search box with the caret at the end (not selecting the text), so
  // text typed ahead on the trigger is kept.
  React.useEffect(() => {
    const input = inputRef.current
    if (!input) return
    input.focus({ preventScroll: true })
    input.setSelectionRange(input.value.length, input.value.length)
  }, [])

  // cmdk highlights the best match after each search but keeps the old scroll offset (and may scroll
  // back to the previously highlighted item); once it has settled, show the top of the results. Not when the list
  // opens without a search: then it shows the current value.
  const mounted = React.useRef(false)
  React.useEffect(() => {
    const opening = !mounted.current
    mounted.current = true
    if (opening && search === '') return
    const frame = requestAnimationFrame(() => {
      if (listRef.current) listRef.current.scrollTop = 0
    })
    return () => cancelAnimationFrame(frame)
  }, [search])

  // The option elements only depend on options/value, not on the search text: cmdk filters them
  // itself, so typing does not re-render ~400 items.
  const items = React.useMemo(
    () =>
      options.map((o) => (
        <CommandItem
          key={o.value}
          value={o.value}
          keywords={[normalize(`${o.label} ${o.value} ${o.hint ?? ''}`)]}
          onSelect={() => onPickRef.current(o.value)}
        >
          <CheckIcon aria-hidden className={cn('size-4', o.value === value ? 'opacity-100' : 'opacity-0')} />
          <span className="min-w-0 flex-1 truncate">{o.label}</span>{' '}
          {o.hint && <span className="shrink-0 text-xs text-muted-foreground">{o.hint}</span>}
        </CommandItem>
      )),
    [options, value],
  )

  return (
    <Command
      label={searchLabel}
      defaultValue={value ?? undefined}
      filter={filter ? (itemValue, itemSearch) => filter(itemValue, itemSearch) : filterOption}
      loop
    >
      <CommandInput
        ref={inputRef}
        placeholder={searchPlaceholder}
        value={search}
        onValueChange={onSearchChange}
      />
      <CommandList ref={listRef} label={listLabel}>
        <CommandEmpty>{emptyText}</CommandEmpty>
        {items}
      </CommandList>
    </Command>
  )
}
