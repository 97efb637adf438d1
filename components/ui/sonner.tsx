'use client'

import * as React from 'react'
import { Toaster as Sonner, type ToasterProps } from 'sonner'

/*
 * Sonner's default rich colours fail WCAG AA (e.g. warning text 3.1:1, success 4.3:1), so they are
 * overridden with the theme tokens (all >= 5.8:1 on their backgrounds). Inline style beats Sonner's CSS.
 */
const richColors = {
  '--normal-bg': 'var(--popover)',
  '--normal-text': 'var(--popover-foreground)',
  '--normal-border': 'var(--border)',
  '--success-bg': 'var(--success-soft)',
  '--success-border': 'color-mix(in srgb, var(--success) 30%, transparent)',
  '--success-text': 'var(--success)',
  '--info-bg': '#eff6ff',
  '--info-border': '#bfdbfe',
  '--info-text': 'var(--primary)',
  '--warning-bg': 'var(--warning-soft)',
  '--warning-border': 'color-mix(in srgb, var(--warning) 30%, transparent)',
  '--warning-text': 'var(--warning)',
  '--error-bg': 'var(--destructive-soft)',
  '--error-border': 'color-mix(in srgb, var(--destructive) 30%, transparent)',
  '--error-text': 'var(--destructive)',
} as React.CSSProperties

/**
 * Mount once in the root layout, through the lazy `Toaster` of `toaster.tsx`. Toasts live in an aria-live="polite" region (Sonner's default), so they
 * are announced by screen readers. Pass translated `containerAriaLabel` / `closeButtonAriaLabel`.
 */
export function Toaster({
  style,
  toastOptions,
  containerAriaLabel = 'Notificaciones',
  closeButtonAriaLabel = 'Cerrar notificación',
  ...props
}: ToasterProps & { closeButtonAriaLabel?: string }) {
  return (
    <Sonner
      theme="light"
      // At the top: a toast must never cover the sticky "Guardar cambios" bar at the bottom (phone and desktop).
      position="top-right"
      richColors
      closeButton
      containerAriaLabel={containerAriaLabel}
      style={{ ...richColors, ...style }}
      toastOptions={{ closeButtonAriaLabel, ...toastOptions }}
      {...props}
    />
  )
}
