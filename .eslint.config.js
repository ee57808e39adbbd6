// Lint configuration (kept as a dotfile: the product card fixes the visible top level).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { layersRule } from './.eslint/layers.js';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'src/**/*.generated.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: { console: 'readonly', process: 'readonly', performance: 'readonly' } },
  },
  // The package's public index (src/index.ts) is for users only: importing it from inside breeds
  // cycles. Each depth of src/ names the paths that lead back to it (other index.ts files are fine).
  ...[['src/*.ts', '.'], ['src/*/*.ts', '..'], ['src/*/*/*.ts', '../..'], ['src/*/*/*/*.ts', '../../..']].map(([files, up]) => ({
    files: [files],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [up, `${up}/index.js`, `${up}/index`].map((name) => ({ name, message: 'Do not import from the package index: it breeds cycles.' })),
      }],
    },
  })),
  {
    files: ['src/**/*.ts'],
    plugins: { kanmon: { rules: { layers: layersRule } } },
    rules: { 'kanmon/layers': 'error' },
  },
);
