'use client'

import dynamic from 'next/dynamic'

/**
 * The toast region, mounted after hydration (see toast.ts): nothing about it is server-rendered, and its code is
 * not part of the page's first-load JavaScript. It shares the one Sonner module instance with toast.ts.
 */
export const Toaster = dynamic(() => import('./sonner').then((m) => m.Toaster), { ssr: false })
