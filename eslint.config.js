// Lint rules: typescript-eslint's recommended set, plus the pure-core rule (no Apps Script globals in src/core).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const appsScriptGlobals = [
  'SpreadsheetApp', 'DocumentApp', 'MailApp', 'GmailApp', 'ScriptApp', 'PropertiesService', 'LockService',
  'HtmlService', 'DriveApp', 'CacheService', 'Session', 'Utilities', 'Logger',
].map((name) => ({ name, message: 'The pure core must not touch Apps Script services; use an adapter.' }));

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'dist-addon/', 'out/', 'coverage/', 'test-output/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { console: 'readonly', process: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  { files: ['src/core/**/*.ts'], rules: { 'no-restricted-globals': ['error', ...appsScriptGlobals] } },
);
