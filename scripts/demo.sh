#!/usr/bin/env bash
# npm run demo — the newcomer's command (README): the app on the embedded demo database as a production server.
# `next dev` compiles each page on its first visit (10–42 s a page on a 2-core machine, issue 22 item 12); a
# production build is compiled once, and every page then answers in milliseconds. The build is skipped when one
# exists that is newer than every source file, so a second `npm run demo` starts in a few seconds.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

dist=${NEXT_DIST_DIR:-.next}
sources=(app components db i18n lib messages server proxy.ts instrumentation.ts next.config.ts package-lock.json)
if [ ! -f "$dist/BUILD_ID" ] || [ -n "$(find "${sources[@]}" -newer "$dist/BUILD_ID" -type f -print -quit)" ]; then
  echo "--- building the app once (about 3 minutes on 2 cores; the next start skips this)"
  npx next build
fi
exec npm start -- "$@"
