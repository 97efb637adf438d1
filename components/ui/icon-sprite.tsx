'use client'

import { ICON_SYMBOLS } from './icon-symbols'

/**
 * The symbols every icon of components/ui/icons.tsx draws with <use href="#icon-…">, rendered once at the top of the
 * page (root layout) so that they are parsed before the first icon. A client component on purpose: the page's HTML
 * carries the symbols once and the flight data only a reference to this component, whereas a server component's
 * markup would be repeated in the flight data; the symbols' ~8 KB sit in a cached script instead.
 */
export function IconSprite() {
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      width="0"
      height="0"
      className="absolute"
      dangerouslySetInnerHTML={{ __html: ICON_SYMBOLS }}
    />
  )
}
