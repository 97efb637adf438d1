// lucide icons drawn from one SVG sprite instead of inline paths (issue 11 item 12): lucide-react renders every icon
// as a full <svg> with its paths and nine attributes, and the Horarios page showed 177 of them (~66 KB of its HTML); a
// <use> of a symbol is ~110 bytes. The exports keep the names the call sites imported from lucide-react. Fill, stroke,
// stroke width and the default size come from the .icon class (app/globals.css), so Tailwind utilities (size-4,
// fill-current, stroke-[3]) override them as they did lucide's attributes.
//
// The symbols are in the page itself (<IconSprite /> in the root layout), not in an external /icons.svg: Chromium 156
// drops the layout boxes of a container-query container's content (the card headers' title and description) in about
// one load of three when it holds a <use> of a not-yet-loaded external file while the HTML streams in.
// `npm run icons:build` regenerates the symbols from lucide-react (components/ui/build-icon-symbols.ts); the test
// components/ui/icons.test.ts fails when an icon here has no symbol or the symbols are out of date.
import type { ComponentProps, JSX } from 'react'
import { cn } from '@/lib/utils'

/** The id of an icon's <symbol> in the page: prefixed, so that an element with id="search" cannot capture it. */
export function iconSymbolId(spriteId: string): string {
  return `icon-${spriteId}`
}

export type IconProps = Omit<ComponentProps<'svg'>, 'children' | 'strokeWidth'> & {
  /** Stroke width in the icon's 24-unit grid (lucide's default is 2). */
  strokeWidth?: number
}

/** An icon component; `spriteId` is the lucide name of its symbol in the sprite. */
export type LucideIcon = ((props: IconProps) => JSX.Element) & { readonly spriteId: string }

function spriteIcon(spriteId: string): LucideIcon {
  function Icon({ className, strokeWidth, style, ...props }: IconProps) {
    // Decorative unless the call site names it; a named icon is an image to assistive technology.
    const named = props['aria-label'] !== undefined || props['aria-labelledby'] !== undefined
    return (
      <svg
        {...(named ? { role: 'img' } : { 'aria-hidden': true })}
        {...props}
        className={cn('icon', className)}
        // An inline style, because the .icon rule's stroke-width would beat a presentation attribute.
        style={strokeWidth === undefined ? style : { ...style, strokeWidth }}
      >
        <use href={`#${iconSymbolId(spriteId)}`} />
      </svg>
    )
  }
  return Object.assign(Icon, { spriteId })
}

export const AlertTriangle = spriteIcon('triangle-exclamation-point')
export const AlertTriangleIcon = spriteIcon('triangle-exclamation-point')
export const ArrowLeft = spriteIcon('arrow-left')
export const ArrowRight = spriteIcon('arrow-right')
export const ArrowRightIcon = spriteIcon('arrow-right')
export const Bot = spriteIcon('bot')
export const BotIcon = spriteIcon('bot')
export const Braces = spriteIcon('braces')
export const CalendarDays = spriteIcon('calendar-days')
export const CalendarPlus = spriteIcon('calendar-plus')
export const CheckCircle2Icon = spriteIcon('circle-check')
export const CheckIcon = spriteIcon('check')
export const ChevronDown = spriteIcon('chevron-down')
export const ChevronDownIcon = spriteIcon('chevron-down')
export const ChevronLeftIcon = spriteIcon('chevron-left')
export const ChevronRightIcon = spriteIcon('chevron-right')
export const ChevronUpIcon = spriteIcon('chevron-up')
export const ChevronsUpDownIcon = spriteIcon('chevrons-up-down')
export const CircleAlertIcon = spriteIcon('circle-exclamation-point')
export const CircleIcon = spriteIcon('circle')
export const Clock = spriteIcon('clock')
export const ClockIcon = spriteIcon('clock')
export const Copy = spriteIcon('copy')
export const CopyIcon = spriteIcon('copy')
export const EyeIcon = spriteIcon('eye')
export const History = spriteIcon('rotate-ccw-clock')
export const Info = spriteIcon('info')
export const InfoIcon = spriteIcon('info')
export const KeyRound = spriteIcon('key-round')
export const Link2 = spriteIcon('link-2')
export const Lock = spriteIcon('lock')
export const LogOut = spriteIcon('log-out')
export const MessageSquareText = spriteIcon('message-square-text')
export const MessageSquareTextIcon = spriteIcon('message-square-text')
export const MinusIcon = spriteIcon('minus')
export const Moon = spriteIcon('moon')
export const MoonIcon = spriteIcon('moon')
export const MoonStar = spriteIcon('moon-star')
export const MoveHorizontal = spriteIcon('move-horizontal')
export const Pencil = spriteIcon('pencil')
export const PencilIcon = spriteIcon('pencil')
export const Plus = spriteIcon('plus')
export const PlusIcon = spriteIcon('plus')
export const RefreshCw = spriteIcon('refresh-cw')
export const RefreshCwIcon = spriteIcon('refresh-cw')
export const RotateCcw = spriteIcon('rotate-ccw')
export const RotateCcwIcon = spriteIcon('rotate-ccw')
export const RotateCw = spriteIcon('rotate-cw')
export const Save = spriteIcon('save')
export const Search = spriteIcon('search')
export const SearchIcon = spriteIcon('search')
export const Send = spriteIcon('send')
export const SettingsIcon = spriteIcon('settings')
export const Sun = spriteIcon('sun')
export const Trash2 = spriteIcon('trash')
export const Trash2Icon = spriteIcon('trash')
export const Users = spriteIcon('users')
export const UsersIcon = spriteIcon('users')
export const Webhook = spriteIcon('webhook')
export const WifiOffIcon = spriteIcon('wifi-off')
export const XIcon = spriteIcon('x')
