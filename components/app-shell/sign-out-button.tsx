'use client'

import { useTransition } from 'react'
import { useTranslations } from 'next-intl'
import { LogOut } from '@/components/ui/icons'
import { signOutAction } from '@/server/actions/auth-actions'
import { Button } from '@/components/ui/button'

export function SignOutButton() {
  const t = useTranslations('common.user')
  const [pending, startTransition] = useTransition()
  return (
    <Button
      variant="ghost"
      size="sm"
      disabled={pending}
      onClick={() =>
        startTransition(async () => {
          await signOutAction()
          // A full navigation drops every cached server component of the signed-in session.
          // eslint-disable-next-line @next/next/no-location-assign-relative-destination
          window.location.assign('/sign-in')
        })
      }
    >
      <LogOut aria-hidden className="size-4" />
      {t('signOut')}
    </Button>
  )
}
