'use client'

import { useLocale, useTranslations } from 'next-intl'
import { CircleIcon, MoonIcon, WifiOffIcon } from '@/components/ui/icons'
import { cn } from '@/lib/utils'
import { relativeUnit } from '@/lib/preview/relative'
import { PRESENCES, type PresenceValue } from '@/lib/agents/agent-schema'
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '@/components/ui/select'
import { useOrgClock } from '@/components/clock/org-clock'

const STYLES: Record<PresenceValue, { dot: string; badge: string; Icon: typeof CircleIcon }> = {
  online: { dot: 'bg-success', badge: 'border-success/30 bg-success-soft text-success', Icon: CircleIcon },
  away: { dot: 'bg-warning', badge: 'border-warning/30 bg-warning-soft text-warning', Icon: MoonIcon },
  offline: { dot: 'bg-slate-500', badge: 'border-border bg-muted text-muted-foreground', Icon: WifiOffIcon },
}

/** Status shape + colour + text: never colour alone. */
export function PresenceIcon({ presence, className }: { presence: PresenceValue; className?: string }) {
  const { Icon } = STYLES[presence]
  return (
    <Icon
      aria-hidden
      className={cn('size-3.5 shrink-0', presence === 'online' && 'fill-current', className)}
      strokeWidth={2.5}
    />
  )
}

export function PresenceBadge({ presence }: { presence: PresenceValue }) {
  const t = useTranslations('agents.presence')
  return (
    <span
      data-presence={presence}
      className={cn(
        'inline-flex items-center gap-1.5 rounded-full border px-2.5 py-0.5 text-xs font-medium',
        STYLES[presence].badge,
      )}
    >
      <PresenceIcon presence={presence} />
      {t(presence)}
    </span>
  )
}

export function PresenceSelect({
  name,
  value,
  onChange,
  disabled,
  className,
}: {
  name: string
  value: PresenceValue
  onChange: (value: PresenceValue) => void
  disabled?: boolean
  className?: string
}) {
  const t = useTranslations('agents.presence')
  return (
    <Select value={value} onValueChange={(v) => onChange(v as PresenceValue)} disabled={disabled}>
      <SelectTrigger
        size="sm"
        aria-label={t('label', { name })}
        data-presence={value}
        className={cn('w-44', className)}
      >
        <SelectValue>
          <span
            className={cn(
              'inline-flex items-center gap-2',
              value === 'online'
                ? 'text-success'
                : value === 'away'
                  ? 'text-warning'
                  : 'text-muted-foreground',
            )}
          >
            <PresenceIcon presence={value} />
          </span>
          {t(value)}
        </SelectValue>
      </SelectTrigger>
      <SelectContent>
        {PRESENCES.map((p) => (
          <SelectItem key={p} value={p}>
            <span
              className={cn(
                'inline-flex items-center gap-2',
                p === 'online' ? 'text-success' : p === 'away' ? 'text-warning' : 'text-muted-foreground',
              )}
            >
              <PresenceIcon presence={p} />
            </span>
            {t(p)}
          </SelectItem>
        ))}
      </SelectContent>
    </Select>
  )
}

/** "hace 5 min" — re-rendered by the parent's clock. */
export function RelativeTime({ at, now }: { at: string; now: number }) {
  const locale = useLocale()
  const clock = useOrgClock()
  const t = useTranslations('agents.presence')
  const ms = Date.parse(at)
  const rel = relativeUnit(ms, now)
  const text = rel
    ? new Intl.RelativeTimeFormat(locale, { numeric: 'auto', style: 'short' }).format(rel.value, rel.unit)
    : t('justNow')
  // The exact moment in the organization's zone, named when the viewer's browser is elsewhere (issue 11.4).
  const zone = clock.label(ms)
  const title = `${clock.format(ms, 'dateTime')}${zone ? ` (${zone})` : ''}`
  return (
    // The relative text and the zone label depend on the browser's clock and zone, so they may differ from the
    // server render.
    <time dateTime={at} title={title} suppressHydrationWarning>
      {text}
    </time>
  )
}

/** §5 capacity: active chats against the maximum ("12/20"), and "sin cupo" for an online agent with no room. */
export function LoadCell({
  agent,
}: {
  agent: { presence: PresenceValue; activeChats: number; maxActiveChats: number }
}) {
  const t = useTranslations('agents.load')
  const full = agent.activeChats >= agent.maxActiveChats
  return (
    <span data-testid="agent-load" className="inline-flex flex-col items-end">
      <span className="tabular-nums">
        {t('value', { active: agent.activeChats, max: agent.maxActiveChats })}
      </span>
      {full && agent.presence === 'online' ? <span className="text-xs text-warning">{t('full')}</span> : null}
    </span>
  )
}
