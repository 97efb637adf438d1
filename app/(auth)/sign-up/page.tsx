import type { Metadata } from 'next'
import { redirect } from 'next/navigation'
import { getTranslations } from 'next-intl/server'
import { getViewer } from '@/server/session'
import { findOpenInvitation } from '@/db/auth-queries'
import { SignUpForm } from '@/components/auth/sign-up-form'
import { AcceptInvitationForm } from '@/components/auth/accept-invitation-form'
import { Alert, AlertDescription } from '@/components/ui/alert'
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('auth.signUp')
  return { title: t('title') }
}

export default async function SignUpPage({
  searchParams,
}: {
  searchParams: Promise<{ invitation?: string | string[] }>
}) {
  if (await getViewer()) redirect('/settings/schedules')
  const { invitation: token } = await searchParams
  const t = await getTranslations('auth')
  if (typeof token === 'string') {
    const invitation = await findOpenInvitation(token, new Date())
    const tRole = await getTranslations('common.user.role')
    return (
      <Card>
        <CardHeader>
          <CardTitle as="h1">
            {invitation
              ? t('invitation.title', { organization: invitation.organizationName })
              : t('signUp.title')}
          </CardTitle>
          {invitation ? (
            <CardDescription>{t('invitation.description', { role: tRole(invitation.role) })}</CardDescription>
          ) : null}
        </CardHeader>
        <CardContent>
          {invitation ? (
            <AcceptInvitationForm invitationId={invitation.id} email={invitation.email} />
          ) : (
            <Alert variant="destructive">
              <AlertDescription>{t('invitation.invalid')}</AlertDescription>
            </Alert>
          )}
        </CardContent>
      </Card>
    )
  }
  return (
    <Card>
      <CardHeader>
        <CardTitle as="h1">{t('signUp.title')}</CardTitle>
        <CardDescription>{t('signUp.description')}</CardDescription>
      </CardHeader>
      <CardContent>
        <SignUpForm renderedAt={new Date().toISOString()} />
      </CardContent>
    </Card>
  )
}
