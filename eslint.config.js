import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  // Fixture pages' own scripts are test data written as plain page scripts, not project code.
  {
    ignores: [
      '.output/',
      '.wxt/',
      'node_modules/',
      'demo-output/',
      'e2e-output/',
      'bench-output/',
      'corpus/',
      'e2e/fixtures/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        window: 'readonly',
        document: 'readonly',
        navigator: 'readonly',
        location: 'readonly',
        console: 'readonly',
        process: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        URL: 'readonly',
        Buffer: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // The polyfill is reached through `wxt/browser` only: the test fake replaces that module, not the polyfill.
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'webextension-polyfill', message: "Import { browser } from 'wxt/browser' instead." }] },
      ],
      // Page text and pack text are never HTML.
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Render text through Preact or textContent; never as HTML.' },
        { property: 'outerHTML', message: 'Render text through Preact or textContent; never as HTML.' },
        { property: 'insertAdjacentHTML', message: 'Render text through Preact or textContent; never as HTML.' },
      ],
    },
  },
  {
    // Tests build their fixture documents from markup they wrote themselves.
    files: ['**/*.test.{ts,tsx}', 'e2e/**'],
    rules: { 'no-restricted-properties': 'off' },
  },
  {
    // Entrypoints only wire modules together; none imports another.
    files: ['entrypoints/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'webextension-polyfill', message: "Import { browser } from 'wxt/browser' instead." }],
          patterns: [{ group: ['@/entrypoints/*', '../*'], message: 'An entrypoint must not import another.' }],
        },
      ],
    },
  },
);
