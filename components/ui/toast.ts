// The app's toasts (Sonner), loaded after the page instead of with it: a toast is never needed to render the first
// screen, and Sonner is ~10 KB of the first-load budget (issue 6). Sonner replays toasts created before its lazy
// <Toaster> (toaster.tsx) subscribes, so a toast raised while the chunk is still loading is shown once it arrives.
type ToastOptions = {
  /**
   * A toast of the same group dismisses the one on screen instead of stacking a copy (e.g. two saves in a row).
   * Each toast still gets its own id: Sonner drops an update addressed to a toast that is already leaving, so
   * reusing one id lost the second confirmation when two saves came ~4 s apart.
   */
  replaces?: string
}

const latestInGroup = new Map<string, string | number>()

function show(kind: 'success' | 'error', message: string, { replaces }: ToastOptions = {}) {
  void import('sonner').then(({ toast: sonnerToast }) => {
    if (replaces) {
      const previous = latestInGroup.get(replaces)
      if (previous !== undefined) sonnerToast.dismiss(previous)
    }
    const id = sonnerToast[kind](message)
    if (replaces) latestInGroup.set(replaces, id)
  })
}

export const toast = {
  success: (message: string, options?: ToastOptions) => show('success', message, options),
  error: (message: string, options?: ToastOptions) => show('error', message, options),
}
