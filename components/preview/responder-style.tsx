import { BotIcon, ClockIcon, MoonIcon, UsersIcon } from '@/components/ui/icons'
import type { Responder } from '@/lib/routing'
import { cn } from '@/lib/utils'

/**
 * Colour + pattern + icon per responder, so the map and badges never rely on colour alone. Fills reach ≥ 3:1
 * against white (WCAG 1.4.11); badge text pairs reach ≥ 4.5:1.
 */
export const RESPONDER_STYLE: Record<
  Responder,
  { fill: string; pattern: 'solid' | 'stripes' | 'dots' | 'cross'; badge: string; Icon: typeof UsersIcon }
> = {
  agents: {
    fill: '#1d4ed8',
    pattern: 'solid',
    badge: 'border-blue-200 bg-blue-50 text-blue-800',
    Icon: UsersIcon,
  },
  assistant: {
    fill: '#7c3aed',
    pattern: 'stripes',
    badge: 'border-violet-200 bg-violet-50 text-violet-800',
    Icon: BotIcon,
  },
  queue: {
    fill: '#b45309',
    pattern: 'dots',
    badge: 'border-amber-200 bg-amber-50 text-amber-900',
    Icon: ClockIcon,
  },
  closed: {
    fill: '#475569',
    pattern: 'cross',
    badge: 'border-slate-300 bg-slate-100 text-slate-800',
    Icon: MoonIcon,
  },
}

export const RESPONDERS: readonly Responder[] = ['agents', 'assistant', 'queue', 'closed']

export function ResponderBadge({
  responder,
  label,
  size = 'sm',
  className,
}: {
  responder: Responder
  label: string
  size?: 'sm' | 'lg'
  className?: string
}) {
  const { badge, Icon } = RESPONDER_STYLE[responder]
  return (
    <span
      data-responder={responder}
      className={cn(
        'inline-flex w-fit items-center gap-1.5 whitespace-nowrap rounded-md border font-medium',
        size === 'lg' ? 'px-3 py-1.5 text-lg' : 'px-2 py-0.5 text-xs',
        badge,
        className,
      )}
    >
      <Icon aria-hidden className={size === 'lg' ? 'size-5' : 'size-3.5'} />
      {label}
    </span>
  )
}

/** SVG <pattern> definitions, one per responder; ids are prefixed so several maps can share a page. */
export function ResponderPatterns({ prefix }: { prefix: string }) {
  return (
    <defs>
      {RESPONDERS.map((r) => {
        const { fill, pattern } = RESPONDER_STYLE[r]
        const id = `${prefix}-${r}`
        return (
          <pattern key={r} id={id} width="8" height="8" patternUnits="userSpaceOnUse">
            <rect width="8" height="8" fill={fill} />
            {pattern === 'stripes' ? (
              <path
                d="M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4"
                stroke="#fff"
                strokeOpacity="0.55"
                strokeWidth="1.6"
              />
            ) : null}
            {pattern === 'dots' ? <circle cx="4" cy="4" r="1.4" fill="#fff" fillOpacity="0.7" /> : null}
            {pattern === 'cross' ? (
              <path d="M0,0 L8,8 M8,0 L0,8" stroke="#fff" strokeOpacity="0.35" strokeWidth="1" />
            ) : null}
          </pattern>
        )
      })}
    </defs>
  )
}

export function patternFill(prefix: string, responder: Responder): string {
  return `url(#${prefix}-${responder})`
}
