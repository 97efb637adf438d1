import type { Metadata } from 'next'
import { redirect } from 'next/navigation'
import { getTranslations } from 'next-intl/server'
import { getViewer } from '@/server/session'
import { SignInForm } from '@/components/auth/sign-in-form'
import { demoCredentials } from '@/server/demo-hint'
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('auth.signIn')
  return { title: t('title') }
}

export default async function SignInPage() {
  if (await getViewer()) redirect('/settings/schedules')
  const t = await getTranslations('auth.signIn')
  const demo = demoCredentials()
  return (
    <Card>
      <CardHeader>
        <CardTitle as="h1">{t('title')}</CardTitle>
        <CardDescription>{t('description')}</CardDescription>
      </CardHeader>
      <CardContent>
        <SignInForm demoHint={demo ? t('demoHint', demo) : null} />
      </CardContent>
    </Card>
  )
}
