'use client'

import { useEffect, useRef, useState } from 'react'
import { useRouter } from 'next/navigation'
import { useTranslations } from 'next-intl'
import { ConfirmDialog } from '@/components/ui/confirm-dialog'

/** Marks the history entry the guard adds on top of the page's own (see below). */
const GUARD_KEY = '__horariosUnsavedChanges'
/** pendingHref for "the user pressed the browser's Back button". */
const BACK = '#back'

const onGuardEntry = () => (window.history.state as Record<string, unknown> | null)?.[GUARD_KEY] === true

/**
 * docs/behaviour.md §6 "leaving with unsaved changes asks for confirmation": the browser's own prompt on tab close / reload
 * (beforeunload), and our dialog for in-app links (a capturing click listener that stops the navigation) and for
 * the browser's Back button.
 *
 * Back cannot be cancelled once pressed, so while there are changes the page keeps a second history entry with
 * the same URL on top of its own: Back only steps down onto the page's own entry (nothing visible happens), the
 * guard puts the extra entry back and asks; "Salir" then goes back past both. The entry keeps Next's own state
 * (copied), so the router treats the step as a same-page traversal.
 */
export function UnsavedChangesGuard({ when }: { when: boolean }) {
  const t = useTranslations('schedules.leave')
  const router = useRouter()
  const [pendingHref, setPendingHref] = useState<string | null>(null)
  const leaving = useRef(false)

  useEffect(() => {
    if (!when) return
    const armBack = () => {
      if (!onGuardEntry())
        window.history.pushState({ ...window.history.state, [GUARD_KEY]: true }, '', window.location.href)
    }
    armBack()
    const onPopState = () => {
      if (leaving.current || onGuardEntry()) return
      armBack()
      setPendingHref(BACK)
    }
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault()
      // Older browsers need returnValue set to show the prompt.
      event.returnValue = ''
    }
    const onClick = (event: MouseEvent) => {
      if (
        event.defaultPrevented ||
        event.button !== 0 ||
        event.metaKey ||
        event.ctrlKey ||
        event.shiftKey ||
        event.altKey
      )
        return
      const anchor = event.target instanceof Element ? event.target.closest('a[href]') : null
      if (!(anchor instanceof HTMLAnchorElement)) return
      if ((anchor.target && anchor.target !== '_self') || anchor.hasAttribute('download')) return
      const url = new URL(anchor.href, window.location.href)
      if (url.origin !== window.location.origin) return // a full page load: beforeunload asks
      if (url.pathname === window.location.pathname && url.search === window.location.search) return
      event.preventDefault()
      event.stopPropagation()
      setPendingHref(`${url.pathname}${url.search}${url.hash}`)
    }
    window.addEventListener('beforeunload', onBeforeUnload)
    window.addEventListener('click', onClick, true)
    window.addEventListener('popstate', onPopState)
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload)
      window.removeEventListener('click', onClick, true)
      window.removeEventListener('popstate', onPopState)
    }
  }, [when])

  return (
    <ConfirmDialog
      open={pendingHref !== null}
      onOpenChange={(open) => !open && setPendingHref(null)}
      title={t('title')}
      description={t('description')}
      cancelLabel={t('stay')}
      confirmLabel={t('leave')}
      destructive
      onConfirm={() => {
        const href = pendingHref
        setPendingHref(null)
        if (href === BACK) {
          // Past the guard's entry and the page's own: where Back would have gone.
          leaving.current = true
          window.history.go(-2)
        } else if (href) {
          router.push(href)
        }
      }}
    />
  )
}
