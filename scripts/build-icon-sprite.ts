// npm run icons:build — writes components/ui/icon-symbols.ts, the <symbol>s of the lucide icons exported by
// components/ui/icons.tsx. Run it after adding an icon there; components/ui/icons.test.ts fails while the committed
// symbols are out of date.
import fs from 'node:fs'
import { ICON_SYMBOLS_FILE, iconSymbolsModule, spriteIds } from '../components/ui/build-icon-symbols'

fs.writeFileSync(ICON_SYMBOLS_FILE, iconSymbolsModule())
console.log(`wrote ${ICON_SYMBOLS_FILE} (${spriteIds().length} icons)`)
