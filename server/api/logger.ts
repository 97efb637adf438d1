import 'server-only'
// Structured JSON logs (pino): one line per API request with its request id; credentials never reach the log.
import pino from 'pino'

const globalLogger = globalThis as typeof globalThis & { __horariosLogger?: pino.Logger }

export const logger: pino.Logger = (globalLogger.__horariosLogger ??= pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'silent' : 'info'),
  base: { service: 'horarios' },
  redact: {
    paths: [
      'authorization',
      'cookie',
      'secret',
      'headers.authorization',
      'headers.cookie',
      'req.headers.authorization',
      'req.headers.cookie',
      '*.secret',
      '*.password',
      '*.token',
    ],
    censor: '[redacted]',
  },
}))
