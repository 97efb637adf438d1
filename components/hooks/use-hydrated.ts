'use client'

import { useSyncExternalStore } from 'react'

const noopSubscribe = () => () => {}
const onClient = () => true
const onServer = () => false

/**
 * False in the server HTML and during hydration, true afterwards — without an effect and a second render.
 * For what only the browser can compute (the viewer's zone, ~420 zone offsets) and for `data-ready` markers.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(noopSubscribe, onClient, onServer)
}
