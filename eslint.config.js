import tseslint from 'typescript-eslint';

// Type-aware rules only where they catch real faults: an un-awaited probe is the classic false pass.
export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'src/types/**', 'test-results/**', 'scripts/**', 'conformance-report/**', '**/*.js', '**/*.mjs', '**/*.cjs'] },
  {
    files: ['**/*.ts'],
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: { project: './tsconfig.check.json', tsconfigRootDir: import.meta.dirname },
    },
    plugins: { '@typescript-eslint': tseslint.plugin },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
    },
  },
);
