// The symbols (components/ui/icon-symbols.ts) must be exactly what `npm run icons:build` writes now: add an icon to
// components/ui/icons.tsx without rebuilding them and the page would show an empty box — these tests fail first.
import fs from 'node:fs'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { ICON_SYMBOLS_FILE, iconSymbolsModule, lucidePaths, spriteIds } from './build-icon-symbols'
import { ICON_SYMBOLS } from './icon-symbols'
import { IconSprite } from './icon-sprite'
import * as icons from './icons'

const symbolIds = [...ICON_SYMBOLS.matchAll(/<symbol id="([^"]+)"/g)].map((m) => m[1])
const exported = Object.entries(icons).flatMap(([name, value]) =>
  typeof value === 'function' && 'spriteId' in value ? [[name, value as icons.LucideIcon] as const] : [],
)

describe('icon symbols', () => {
  it('the committed icon-symbols.ts is what the icons and lucide-react generate now (run npm run icons:build)', () => {
    expect(fs.readFileSync(ICON_SYMBOLS_FILE, 'utf8')).toBe(iconSymbolsModule())
  })

  it('every exported icon has a symbol, and every symbol belongs to an exported icon', () => {
    expect(exported.map(([name]) => name)).toEqual(
      expect.arrayContaining(['Trash2', 'ChevronDownIcon', 'XIcon']),
    )
    for (const [name, icon] of exported) {
      expect(symbolIds, `${name} draws #${icons.iconSymbolId(icon.spriteId)}`).toContain(
        icons.iconSymbolId(icon.spriteId),
      )
    }
    expect(symbolIds).toEqual(spriteIds().map(icons.iconSymbolId))
  })

  it('a symbol holds the paths lucide-react draws for that icon', () => {
    expect(lucidePaths('x')).toBe('<path d="M18 6 6 18"/><path d="m6 6 12 12"/>')
    expect(ICON_SYMBOLS).toContain(`<symbol id="icon-x" viewBox="0 0 24 24">${lucidePaths('x')}</symbol>`)
    expect(() => lucidePaths('no-such-icon')).toThrow(/no icon named 'no-such-icon'/)
  })

  it('the sprite puts all symbols in one hidden, zero-sized <svg>', () => {
    const html = renderToStaticMarkup(createElement(IconSprite))
    expect(html).toBe(
      `<svg aria-hidden="true" focusable="false" width="0" height="0" class="absolute">${ICON_SYMBOLS}</svg>`,
    )
  })
})

describe('icon component', () => {
  it('draws a decorative <use> of its symbol, keeping the call site’s classes and attributes', () => {
    const html = renderToStaticMarkup(
      createElement(icons.Trash2, { className: 'size-4 text-primary', id: 'bin' }),
    )
    expect(html).toBe(
      '<svg aria-hidden="true" id="bin" class="icon size-4 text-primary">' +
        '<use href="#icon-trash"></use></svg>',
    )
  })

  it('passes a stroke width as an inline style (the .icon rule would beat an attribute)', () => {
    const html = renderToStaticMarkup(createElement(icons.CheckIcon, { strokeWidth: 3, 'aria-hidden': true }))
    expect(html).toContain('style="stroke-width:3"')
    expect(html).toContain('aria-hidden="true"')
  })

  it('is an image with a name when the call site labels it', () => {
    const html = renderToStaticMarkup(createElement(icons.InfoIcon, { 'aria-label': 'Información' }))
    expect(html).toBe(
      '<svg role="img" aria-label="Información" class="icon"><use href="#icon-info"></use></svg>',
    )
  })
})
