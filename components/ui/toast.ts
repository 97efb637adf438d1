// The app's toasts (Sonner), loaded after the page instead of with it: a toast is never needed to render the first
// screen, and Sonner is ~10 KB of the first-load budget (issue 6). Sonner replays toasts created before its
// <Toaster> subscribes, so a toast raised while the chunk is still loading is shown as soon as it arrives.
type Sonner = typeof import('sonner')

let sonner: Promise<Sonner> | null = null

/** Starts loading Sonner (idempotent); the lazy <Toaster> calls it on mount, toasts call it when raised. */
export function loadSonner(): Promise<Sonner> {
  sonner ??= import('sonner')
  return sonner
}

function show(kind: 'success' | 'error', message: string) {
  void loadSonner().then(({ toast: sonnerToast }) => sonnerToast[kind](message))
}

export const toast = {
  success: (message: string) => show('success', message),
  error: (message: string) => show('error', message),
}
