// Node's HTTP server knows the connection's address; Next.js does not pass it to server actions (it only fills in
// X-Forwarded-For when the client sent none, which a client can therefore choose). Every incoming request gets the
// socket's address in PEER_ADDRESS_HEADER, overwriting any value the client sent (issue 12 item 3).
import http from 'node:http'
import { PEER_ADDRESS_HEADER } from './client-address'

const INSTALLED = Symbol.for('horarios.peerAddressHeader')

export function installPeerAddressHeader(): void {
  const proto = http.Server.prototype as unknown as Record<symbol, boolean> & {
    emit: (event: string | symbol, ...args: unknown[]) => boolean
  }
  if (proto[INSTALLED]) return
  proto[INSTALLED] = true
  const emit = proto.emit
  proto.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === 'request') {
      const request = args[0] as http.IncomingMessage
      request.headers[PEER_ADDRESS_HEADER] = request.socket?.remoteAddress ?? ''
    }
    return emit.call(this, event, ...args)
  }
}
