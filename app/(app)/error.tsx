'use client'
// A page of the app failed to render: the same translated error page as app/error.tsx, inside the app's layout, so
// the header and navigation stay usable; its retry re-fetches the page's server data and renders it again.
export { default } from '../error'
