// A URL that matches no route (or a malformed one, issue 22 item 3, rewritten by proxy.ts to one that matches
// nothing): the same translated page as a department or version that is not found, instead of Next.js's English
// default. Outside the app's layout, so it needs no session (and no database).
export { default } from './(app)/not-found'
