import { NextIntlClientProvider } from 'next-intl'
import { getMessages } from 'next-intl/server'
import { pickMessages, type MessagePath } from '@/i18n/pick-messages'

/**
 * Gives the client components below it only the message namespaces they use. The root layout sends `common`;
 * each route adds its own, because every message sent to the client is serialised into the page's HTML (the whole
 * catalogue was 41 KB of the Horarios page, issue 11 item 12). A nested provider replaces its parent's messages,
 * so `common` is always included.
 */
export async function ClientMessages({
  paths,
  children,
}: {
  paths: readonly MessagePath[]
  children: React.ReactNode
}) {
  const messages = await getMessages()
  return (
    <NextIntlClientProvider messages={pickMessages(messages, ['common', ...paths])}>
      {children}
    </NextIntlClientProvider>
  )
}
