import type { Metadata } from 'next'
import { NextIntlClientProvider } from 'next-intl'
import { getLocale, getMessages, getTranslations } from 'next-intl/server'
import { headers } from 'next/headers'
import { IconSprite } from '@/components/ui/icon-sprite'
import { Toaster } from '@/components/ui/toaster'
import { pickMessages } from '@/i18n/pick-messages'
import './globals.css'

export const metadata: Metadata = {
  title: { default: 'Horarios', template: '%s · Horarios' },
  description:
    'Horarios de atención y prioridad de atención entre asesores humanos y el Asistente Inteligente.',
}

const ZOD_WITHOUT_EVAL = 'globalThis.__zod_globalConfig = { jitless: true }'

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const locale = await getLocale()
  const t = await getTranslations('common.toasts')
  const nonce = (await headers()).get('x-nonce') ?? undefined
  // Only the shared messages; each route adds its own namespaces (components/i18n/client-messages.tsx).
  const messages = pickMessages(await getMessages(), ['common'])
  return (
    <html lang={locale}>
      <head>
        {/* Before any bundle runs: zod's compiled fast path probes `new Function('')`, which the page's CSP refuses
            and reports as a violation even though zod catches it; the forms' schemas are small (decision 011). */}
        <script nonce={nonce} dangerouslySetInnerHTML={{ __html: ZOD_WITHOUT_EVAL }} />
      </head>
      <body className="min-h-dvh bg-background text-foreground antialiased">
        {/* First in the body: every icon below draws one of its symbols (components/ui/icons.tsx). */}
        <IconSprite />
        <NextIntlClientProvider messages={messages}>
          {children}
          <Toaster containerAriaLabel={t('label')} closeButtonAriaLabel={t('close')} />
        </NextIntlClientProvider>
      </body>
    </html>
  )
}
