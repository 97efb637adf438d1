// The app's toasts (Sonner), loaded after the page instead of with it: a toast is never needed to render the first
// screen, and Sonner is ~10 KB of the first-load budget (issue 6). Sonner replays toasts created before its lazy
// <Toaster> (toaster.tsx) subscribes, so a toast raised while the chunk is still loading is shown once it arrives.
type ToastOptions = {
  /** A toast with the same id replaces the one on screen instead of stacking a copy (e.g. two saves in a row). */
  id?: string
}

function show(kind: 'success' | 'error', message: string, options: ToastOptions = {}) {
  void import('sonner').then(({ toast: sonnerToast }) => sonnerToast[kind](message, options))
}

export const toast = {
  success: (message: string, options?: ToastOptions) => show('success', message, options),
  error: (message: string, options?: ToastOptions) => show('error', message, options),
}
