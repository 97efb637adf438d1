import { describe, expect, it } from 'vitest'
import { isTransientDatabaseError } from './transient-error'

function withCode(message: string, code: string) {
  return Object.assign(new Error(message), { code })
}

describe('isTransientDatabaseError', () => {
  it.each([
    [
      'a backend terminated by a restart (57P01)',
      withCode('terminating connection due to administrator command', '57P01'),
    ],
    ['the server starting up (57P03)', withCode('the database system is starting up', '57P03')],
    ['a refused connection', withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED')],
    ['a connection lost mid-query', new Error('Connection terminated unexpectedly')],
    ['a serialization failure (40001)', withCode('could not serialize access', '40001')],
    ['a deadlock (40P01)', withCode('deadlock detected', '40P01')],
    // Issue 22 item 4: access to the database taken away (REVOKE CONNECT), a closed embedded database.
    [
      'a connection refused for lack of CONNECT privilege (FATAL 42501)',
      Object.assign(withCode('permission denied for database "horarios"', '42501'), { severity: 'FATAL' }),
    ],
    ['the embedded database closed under the request', new Error('PGlite is closed')],
    [
      'the driver error wrapped by drizzle',
      Object.assign(new Error('Failed query: insert into …'), { cause: withCode('x', '08006') }),
    ],
  ])('%s is transient', (_, error) => {
    expect(isTransientDatabaseError(error)).toBe(true)
  })

  it.each([
    ['a unique violation (23505)', withCode('duplicate key value', '23505')],
    ['a check violation (23514)', withCode('violates check constraint', '23514')],
    ['invalid text (22P05)', withCode('unsupported Unicode escape sequence', '22P05')],
    [
      'a query refused for lack of a table privilege (ERROR 42501)',
      Object.assign(withCode('permission denied for table x', '42501'), { severity: 'ERROR' }),
    ],
    ['a programming error', new TypeError('x is undefined')],
    ['a thrown string', 'boom'],
    ['nothing', null],
  ])('%s is not transient', (_, error) => {
    expect(isTransientDatabaseError(error)).toBe(false)
  })
})
