import { defineConfig, globalIgnores } from 'eslint/config'
import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTs from 'eslint-config-next/typescript'
import drizzle from 'eslint-plugin-drizzle'
import { importX } from 'eslint-plugin-import-x'

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([
    '.next/**',
    '.next-*/**',
    'e2e/.auth/**',
    'bench/.tmp/**',
    '.data/**',
    'node_modules/**',
    'db/migrations/**',
    'next-env.d.ts',
    'test-results/**',
    'playwright-report/**',
  ]),
  {
    // No import cycles: a module must not reach itself through its imports. Only imports with a runtime effect
    // count (`import type` is erased by TypeScript); a failure names the import that closes the loop — move the
    // shared piece into a third module both sides import, instead of disabling the rule.
    files: ['**/*.{ts,tsx,mts}'],
    plugins: { 'import-x': importX },
    settings: {
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver': { typescript: { project: './tsconfig.json' }, node: true },
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    files: ['db/**/*.ts', 'server/**/*.ts', 'scripts/**/*.ts'],
    plugins: { drizzle },
    rules: {
      'drizzle/enforce-delete-with-where': ['error', { drizzleObjectName: ['db', 'tx'] }],
      'drizzle/enforce-update-with-where': ['error', { drizzleObjectName: ['db', 'tx'] }],
    },
  },
  {
    // Icons come from the sprite (components/ui/icons.tsx): a lucide-react component inlines its whole <svg> into the
    // server-rendered HTML (issue 11 item 12). Only the sprite's generator reads lucide-react.
    files: ['app/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}'],
    ignores: ['components/ui/build-icon-symbols.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'lucide-react',
              message: "Import icons from '@/components/ui/icons' (drawn from the page's SVG sprite).",
            },
          ],
        },
      ],
    },
  },
  {
    // lib/ is pure domain code shared by server, browser and tests.
    files: ['lib/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            'next',
            'next/*',
            'react',
            'react-dom',
            '@/db/*',
            '@/server/*',
            '@/components/*',
            'server-only',
          ],
        },
      ],
    },
  },
])
