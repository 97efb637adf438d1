// The app's toasts (Sonner), loaded after the page instead of with it: a toast is never needed to render the first
// screen, and Sonner is ~10 KB of the first-load budget (issue 6). Sonner replays toasts created before its lazy
// <Toaster> (toaster.tsx) subscribes, so a toast raised while the chunk is still loading is shown once it arrives.
function show(kind: 'success' | 'error', message: string) {
  void import('sonner').then(({ toast: sonnerToast }) => sonnerToast[kind](message))
}

export const toast = {
  success: (message: string) => show('success', message),
  error: (message: string) => show('error', message),
}
