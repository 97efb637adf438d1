'use client'

import dynamic from 'next/dynamic'
import { loadSonner } from './toast'

/**
 * The toast region, mounted after hydration (see toast.ts): nothing about it is server-rendered, and its code is
 * not part of the page's first-load JavaScript.
 */
export const Toaster = dynamic(
  () =>
    loadSonner()
      .then(() => import('./sonner'))
      .then((m) => m.Toaster),
  {
    ssr: false,
  },
)
