import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';
import { defineConfig, globalIgnores } from 'eslint/config';

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      // `const { secret, ...rest } = row` is how a field is left out of a result: the omitted
      // sibling is not an unused variable. A parameter named `_x` is kept for a shared signature.
      '@typescript-eslint/no-unused-vars': ['warn', { ignoreRestSiblings: true, argsIgnorePattern: '^_' }],
    },
  },
  globalIgnores(['.next/**', '.next-bench/**', '.data/**', 'db/migrations/**', 'next-env.d.ts', 'tests/artifacts/**', 'coverage/**']),
]);
