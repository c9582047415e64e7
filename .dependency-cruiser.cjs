/**
 * The layers of docs/decisions.md (1 and 20), enforced on resolved imports — static, `import type`, `export …
 * from` and dynamic `import()` alike — by test/architecture.test.ts (in `npm test`):
 *
 *   core ← factors, i18n ← io ← db ← state ← ui        (cli: core, factors, io, i18n)
 *   core ← schema ← factors, io, db                    (record schemas: valibot over the core's types)
 *
 * Paths are relative to the directory cruised from: the project root for src/, and
 * test/fixtures/layers/ for the deliberately wrong imports that prove every rule fires.
 */

/** A layer's folder (src/<name>/) as a `path` pattern. */
const layer = (...names) => `^src/(${names.join('|')})/`;

/** npm packages, wherever node_modules is found from the directory cruised. */
const npm = (...names) => `(^|/)node_modules/(${names.join('|')})/`;

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'core-is-pure',
      comment:
        'src/core is the calculation: it runs in Node, the browser and a worker alike and is the same for the app, ' +
        'the command line and the reports. It imports nothing of ours outside src/core and no package or ' +
        'node: module, so it can never reach the DOM, storage, a clock or a framework.',
      severity: 'error',
      from: { path: layer('core') },
      to: { pathNot: layer('core') },
    },
    {
      name: 'schema-only-core',
      comment:
        'src/schema declares each record once (valibot) for the readers, the stored rows and the published JSON ' +
        'Schema; it is pure description over the core: it may use src/core and valibot only, so every reader ' +
        'can take it without pulling in a file format, storage or words.',
      severity: 'error',
      from: { path: layer('schema') },
      to: { pathNot: [layer('core', 'schema'), npm('valibot')] },
    },
    {
      name: 'factors-only-core',
      comment:
        'Factor sets and their reader sit just above the core and are shared by the app and the command line: ' +
        'they may use src/core and the record schemas (src/schema) only (and their own data files).',
      severity: 'error',
      from: { path: layer('factors') },
      to: { pathNot: layer('core', 'schema', 'factors') },
    },
    {
      name: 'i18n-only-core',
      comment:
        'Words, messages and number formats are a leaf every layer may use; they may use src/core types only, ' +
        'or a layer above would be pulled into every screen and the command line.',
      severity: 'error',
      from: { path: layer('i18n') },
      to: { pathNot: layer('core', 'i18n') },
    },
    {
      name: 'io-not-above',
      comment:
        'src/io holds the file formats and reports: pure transformations of data the app and the command line ' +
        'share. Storage (src/db), app state, the UI, the service worker and the command line are above it.',
      severity: 'error',
      from: { path: layer('io') },
      to: { path: [layer('db', 'state', 'ui', 'pwa', 'cli'), '^src/main\\.tsx$', npm('dexie', 'preact')] },
    },
    {
      name: 'pure-layers-no-node',
      comment:
        'core, schema, factors, i18n and io also run in the browser: a node: module there breaks the app build or ' +
        'works only on the command line.',
      severity: 'error',
      from: { path: layer('core', 'schema', 'factors', 'i18n', 'io') },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'db-not-above',
      comment:
        'src/db is storage: repositories, safe writes, backup and import. App state and the UI use it, never ' +
        'the other way round, so storage rules stay testable without a screen.',
      severity: 'error',
      from: { path: layer('db') },
      to: { path: [layer('state', 'ui', 'pwa', 'cli'), '^src/main\\.tsx$', npm('preact')] },
    },
    {
      name: 'db-no-words',
      comment:
        'Storage keeps data, not sentences: the UI catalogues and tr() (src/i18n/ui*.ts) belong where words are ' +
        'shown (src/state or src/ui). A value made of words is passed in by the caller.',
      severity: 'error',
      from: { path: layer('db') },
      to: { path: '^src/i18n/ui[^/]*\\.ts$' },
    },
    {
      name: 'state-not-ui',
      comment:
        'src/state (database handle, live queries, commands, save status) is what the UI draws from; it must not ' +
        'depend on the components that draw it.',
      severity: 'error',
      from: { path: layer('state') },
      to: { path: [layer('ui', 'cli'), '^src/main\\.tsx$'] },
    },
    {
      name: 'ui-storage-through-state',
      comment:
        'The UI reaches storage only through src/state hooks and commands, which own the database handle, save ' +
        'keys and live queries; a page that imports src/db bypasses the save status and the retry of failed ' +
        'writes.',
      severity: 'error',
      from: { path: layer('ui') },
      to: { path: layer('db') },
    },
    {
      name: 'only-db-imports-dexie',
      comment:
        'IndexedDB is touched in one place, src/db (plus the liveQuery bridge src/state/useLive.ts), so schema ' +
        'versions, transactions and storage errors are handled once.',
      severity: 'error',
      from: { path: '^src/', pathNot: ['^src/db/', '^src/state/useLive\\.ts$'] },
      to: { path: npm('dexie') },
    },
    {
      name: 'cli-only-pure-layers',
      comment:
        'The command line runs in Node without a browser: it uses core, factors, io and i18n only — the same ' +
        'code the app calculates with, without storage, state or UI.',
      severity: 'error',
      from: { path: layer('cli') },
      to: { path: [layer('db', 'state', 'ui', 'pwa'), '^src/main\\.tsx$', npm('dexie', 'preact')] },
    },
    {
      name: 'pwa-not-above',
      comment:
        'Service worker registration and storage persistence are used by the UI and state, not the reverse.',
      severity: 'error',
      from: { path: layer('pwa') },
      to: { path: [layer('db', 'state', 'ui', 'cli'), '^src/main\\.tsx$'] },
    },
    {
      name: 'no-circular',
      comment:
        'A cycle makes load order decide behaviour and ties modules so neither can change or be loaded lazily ' +
        'alone; split the shared part into its own module. A cycle closed only by `import type` is erased at ' +
        'compile time and allowed (the word catalogues name their keys in UiKey that way, decision 18).',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
  ],
  options: {
    // `import type` is a dependency too: a type from a higher layer ties the lower one to it.
    tsPreCompilationDeps: true,
    doNotFollow: { path: 'node_modules' },
    // Resolved as the bundler does (tsconfig.base.json: moduleResolution "bundler").
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'browser', 'default', 'types'],
      mainFields: ['module', 'main', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'],
    },
    moduleSystems: ['es6'],
  },
};
