// Lint rules: typescript-eslint's recommended set, plus the pure-core rule (no Apps Script globals in src/core),
// the use-case rule (none in src/app either: they go through src/adapters)
// and the sandbox rule (sandbox/ is a model of Apps Script and depends on nothing of the product's).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const appsScriptServices = [
  'SpreadsheetApp', 'DocumentApp', 'MailApp', 'GmailApp', 'ScriptApp', 'PropertiesService', 'LockService',
  'HtmlService', 'DriveApp', 'CacheService', 'Session', 'Utilities', 'Logger', 'Charts', 'MimeType',
];
const servicesBanned = (message) => appsScriptServices.map((name) => ({ name, message }));

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'dist-addon/', 'dist-parity/', 'out/', 'coverage/', 'test-output/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { console: 'readonly', process: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  { files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs', globals: { module: 'writable' } } },
  { files: ['src/core/**/*.ts'], rules: { 'no-restricted-globals': ['error', ...servicesBanned('The pure core must not touch Apps Script services; use an adapter.')] } },
  // The use cases call adapters, never a service: each service is reached through src/adapters.
  { files: ['src/app/**/*.ts'], rules: { 'no-restricted-globals': ['error', ...servicesBanned('src/app calls Apps Script through an adapter (src/adapters), not directly.')] } },
  {
    files: ['sandbox/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/src/**', '**/samples/**', '**/scripts/**'], message: 'The sandbox models Apps Script; it must not depend on the product.' }] }],
    },
  },
);
