// The Scalar API-reference bundle served by the app itself (no third-party CDN at run time; works offline).
import fs from 'node:fs/promises'
import path from 'node:path'

let bundle: Promise<Buffer> | null = null

export async function GET() {
  bundle ??= fs.readFile(
    path.join(
      /*turbopackIgnore: true*/ process.cwd(),
      'node_modules/@scalar/api-reference/dist/browser/standalone.js',
    ),
  )
  return new Response(new Uint8Array(await bundle), {
    headers: { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'public, max-age=3600' },
  })
}
