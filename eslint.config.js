// Lint rules: typescript-eslint's recommended set, plus the pure-core rule (no Apps Script globals in src/core),
// the use-case rule (none in src/app either: they go through src/adapters), the contracts rule (src/contracts,
// what crosses google.script.run, depends only on zod, the domain's types, dates, text and messages),
// the dialog-script rule (src/ui takes its types from src/contracts, never from src/app or src/adapters)
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
  // What crosses the dialog boundary is read by the server and the browser alike: no adapter, use case or service.
  {
    files: ['src/contracts/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', ...servicesBanned('src/contracts is shared with the browser pages: no Apps Script service.')],
      '@typescript-eslint/no-restricted-imports': ['error', {
        paths: [{ name: '../core/domain', allowTypeImports: true, message: 'src/contracts takes only types from core/domain.' }],
        patterns: [{
          regex: '^(?!\\./|\\.\\./core/(zod|domain|dates|text)$|\\.\\./messages/\\w+$)',
          message: 'src/contracts may import only ../core/zod, ../core/domain (types), ../core/dates, ../core/text, ../messages/* and one another.',
        }],
      }],
    },
  },
  // A dialog's script knows the server through src/contracts' types alone (a schema there is server code, not page code).
  {
    files: ['src/ui/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        patterns: [
          { regex: '^\\.\\./contracts/', allowTypeImports: true, message: 'src/ui takes only types from src/contracts.' },
          {
            regex: '^(?!\\./|\\.\\./contracts/\\w+$|\\.\\./messages/\\w+$|\\.\\./core/(dates|assignPeople)$)',
            message: 'src/ui imports ./clientCommon, types from ../contracts/*, ../messages/*, ../core/dates and ../core/assignPeople: nothing from src/app or src/adapters.',
          },
        ],
      }],
    },
  },
  {
    files: ['sandbox/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/src/**', '**/samples/**', '**/scripts/**'], message: 'The sandbox models Apps Script; it must not depend on the product.' }] }],
    },
  },
);
