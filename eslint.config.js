// Lint rules: typescript-eslint's recommended set, plus the service rules: no Apps Script global in
// src/core (pure), src/app (it goes through src/adapters) or src/contracts (shared with the pages).
// Which file may import which is dependency-cruiser's (.dependency-cruiser.cjs), run by `npm run lint` too.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const appsScriptServices = [
  'SpreadsheetApp',
  'DocumentApp',
  'MailApp',
  'GmailApp',
  'ScriptApp',
  'PropertiesService',
  'LockService',
  'HtmlService',
  'DriveApp',
  'Drive',
  'CacheService',
  'Session',
  'Utilities',
  'Logger',
  'Charts',
  'MimeType',
];
const servicesBanned = (message) => appsScriptServices.map((name) => ({ name, message }));

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'dist-addon/',
      'dist-ward/',
      'dist-parity/',
      'out/',
      'coverage/',
      'test-output/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { console: 'readonly', process: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  { files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs', globals: { module: 'writable' } } },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...servicesBanned('The pure core must not touch Apps Script services; use an adapter.'),
      ],
    },
  },
  // The use cases call adapters, never a service: each service is reached through src/adapters.
  {
    files: ['src/app/**/*.ts', 'src/ward/app/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...servicesBanned('src/app calls Apps Script through an adapter (src/adapters), not directly.'),
      ],
    },
  },
  // What crosses the dialog boundary is read by the server and the browser alike: no adapter, use case or service.
  {
    files: ['src/contracts/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...servicesBanned('src/contracts is shared with the browser pages: no Apps Script service.'),
      ],
    },
  },
);
