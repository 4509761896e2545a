// The import boundaries of the house, checked by `npm run lint` (issue 12 §3). Layers, bottom up:
// messages (words only) → core (pure) → contracts (what crosses the dialog boundary) → adapters
// (Apps Script services) → app (entry points' use cases) → entry. The browser code in src/ui sees
// only contracts, messages and the pure helpers it runs in the browser. The sandbox models Apps
// Script and knows nothing of the product. No file cycle anywhere.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A cycle makes an order of loading and a layer meaningless.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'messages-are-words',
      severity: 'error',
      comment: 'messages/ holds display text; the code above it looks words up, never the reverse.',
      from: { path: '^src/messages/' },
      to: { path: '^src/', pathNot: '^src/messages/' },
    },
    {
      name: 'core-is-pure',
      severity: 'error',
      comment: 'src/core is pure domain code: it imports nothing that runs Apps Script or a browser.',
      from: { path: '^src/core/' },
      to: { path: '^src/(app|adapters|ui|entry|ward/)' },
    },
    {
      name: 'school-knows-no-ward',
      severity: 'error',
      comment: 'The ward edition (src/ward) builds on the school code; the school code never depends on it.',
      from: { path: '^src/', pathNot: '^src/ward/' },
      to: { path: '^src/ward/' },
    },
    {
      name: 'ward-shares-core-adapters-messages',
      severity: 'error',
      comment:
        "The ward edition reuses the shared layers (core, adapters, messages); the school's use cases, entry list, pages and contracts are the school's.",
      from: { path: '^src/ward/' },
      to: { path: '^src/(app|entry\\.ts|ui|contracts)' },
    },
    {
      name: 'ward-adapters-below-ward-app',
      severity: 'error',
      comment: "An adapter of the ward wraps a service; the ward's use cases call it, not the reverse.",
      from: { path: '^src/ward/adapters/' },
      to: { path: '^src/ward/(app|entry)' },
    },
    {
      name: 'contracts-below-adapters',
      severity: 'error',
      comment:
        'Dialog payloads and results are read by the server and the pages alike: only words, zod, the domain and pure date and text helpers.',
      from: { path: '^src/contracts/' },
      to: { path: '^src/(app|adapters|ui|entry|core/)', pathNot: '^src/core/(zod|domain|dates|text)\\.ts$' },
    },
    {
      name: 'contracts-take-domain-types',
      severity: 'error',
      comment: 'The domain module is server vocabulary; a contract names its types only.',
      from: { path: '^src/contracts/' },
      to: { path: '^src/core/domain\\.ts$', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'adapters-below-app',
      severity: 'error',
      comment: 'An adapter wraps a service; the use cases in src/app call it, not the reverse.',
      from: { path: '^src/adapters/' },
      to: { path: '^src/(app|ui|entry)' },
    },
    {
      name: 'nothing-imports-entry',
      severity: 'error',
      comment: 'src/entry.ts lists what Apps Script calls by name; it is the top, imported by no one.',
      from: { path: '^src/' },
      to: { path: '^src/(ward/)?entry\\.ts$' },
    },
    {
      name: 'server-code-not-browser-code',
      severity: 'error',
      comment: "src/ui runs in the dialog's browser; the server code bundles its pages, never imports its modules.",
      from: { path: '^src/', pathNot: '^src/ui/' },
      to: { path: '^src/ui/' },
    },
    {
      name: 'ui-sees-contracts',
      severity: 'error',
      comment:
        'Browser code runs in the dialog: it knows the server only through src/contracts, and of the core only the pure helpers it runs itself.',
      from: { path: '^src/ui/' },
      to: { path: '^src/(app|adapters|entry|core/)', pathNot: '^src/core/(dates|assign/people)\\.ts$' },
    },
    {
      name: 'ui-takes-types-from-contracts',
      severity: 'error',
      comment: 'A schema in src/contracts is server code: the page imports the contracts as types only.',
      from: { path: '^src/ui/' },
      to: { path: '^src/contracts/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'sandbox-knows-no-product',
      severity: 'error',
      comment: 'The sandbox models Apps Script; it must not depend on the product.',
      from: { path: '^sandbox/' },
      to: { path: '^(src|samples|scripts|test)/' },
    },
    {
      name: 'product-knows-no-sandbox',
      severity: 'error',
      comment: 'The add-on runs on Apps Script: nothing in src may lean on the sandbox, the tests or the tools.',
      from: { path: '^src/' },
      to: { path: '^(sandbox|samples|scripts|test)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
