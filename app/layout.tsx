import type { Metadata } from 'next'
import { NextIntlClientProvider } from 'next-intl'
import { getLocale, getTranslations } from 'next-intl/server'
import { Toaster } from '@/components/ui/toaster'
import './globals.css'

export const metadata: Metadata = {
  title: { default: 'Horarios', template: '%s · Horarios' },
  description:
    'Horarios de atención y prioridad de atención entre asesores humanos y el Asistente Inteligente.',
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const locale = await getLocale()
  const t = await getTranslations('common.toasts')
  return (
    <html lang={locale}>
      <body className="min-h-dvh bg-background text-foreground antialiased">
        <NextIntlClientProvider>
          {children}
          <Toaster containerAriaLabel={t('label')} closeButtonAriaLabel={t('close')} />
        </NextIntlClientProvider>
      </body>
    </html>
  )
}
