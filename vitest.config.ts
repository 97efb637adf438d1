import { defineConfig } from 'vitest/config'
import path from 'node:path'

export default defineConfig({
  resolve: {
    alias: {
      '@': path.resolve(import.meta.dirname),
      'server-only': path.resolve(import.meta.dirname, 'test/server-only-stub.ts'),
    },
  },
  test: {
    include: [
      'lib/**/*.test.ts',
      'i18n/**/*.test.ts',
      'db/**/*.test.ts',
      'server/**/*.test.ts',
      'components/**/*.test.ts',
    ],
    environment: 'node',
    setupFiles: ['test/every-test-asserts.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
})
