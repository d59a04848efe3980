// @ts-check
/**
 * The layering rules, checked by `npm run lint` (docs/architecture.md explains them).
 * Type-only imports count: a type is as much a dependency as a value.
 */
const fs = require('node:fs');
const path = require('node:path');

/**
 * Folders under `roots` that have an `index.ts`: outside code imports them only through it.
 * Paths are relative to where depcruise runs (the repository root for `npm run lint`).
 */
function indexedFolders(base, roots) {
  const found = [];
  const walk = (dir) => {
    const entries = fs.readdirSync(path.join(base, dir), { withFileTypes: true });
    if (entries.some((e) => e.isFile() && e.name === 'index.ts')) found.push(dir);
    for (const e of entries) {
      if (e.isDirectory() && e.name !== 'node_modules') walk(path.posix.join(dir, e.name));
    }
  };
  for (const root of roots) if (fs.existsSync(path.join(base, root))) walk(root);
  return found;
}

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** @type {import('dependency-cruiser').IForbiddenRuleType[]} */
const throughIndex = indexedFolders(process.cwd(), ['shared', 'functions', 'web', 'infra']).map(
  (folder) => ({
    name: 'through-index',
    comment:
      `Code outside ${folder}/ imports it through its index.ts, never a module past it. ` +
      'Modules inside the folder may import their siblings. Test fixtures (testing/) are ' +
      'never part of an index and may be imported directly by tests.',
    severity: 'error',
    from: { pathNot: `^${escapeRegExp(folder)}/` },
    to: {
      path: `^${escapeRegExp(folder)}/`,
      pathNot: [`^${escapeRegExp(folder)}/index\\.ts$`, '/testing/'],
    },
  }),
);

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'Modules form no cycle: each layer can be read, tested and bundled on its own.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'domain-is-pure',
      comment:
        'shared/domain is plain rules and arithmetic: it imports nothing outside itself ' +
        '(no schemas, no data access, no packages, no Node built-ins). Its unit tests ' +
        'may use the test runner.',
      severity: 'error',
      from: { path: '^shared/domain/', pathNot: '\\.test\\.ts$' },
      to: { pathNot: '^shared/domain/' },
    },
    {
      name: 'web-not-server',
      comment:
        'The browser app never imports server code: no function, no data access, no infrastructure.',
      severity: 'error',
      from: { path: '^web/' },
      to: { path: ['^functions/', '^shared/data/', '^infra/'] },
    },
    {
      name: 'functions-independent',
      comment: 'Each folder of functions/ is one Lambda; what two of them need lives in shared/.',
      severity: 'error',
      from: { path: '^functions/([^/]+)/' },
      to: { path: '^functions/', pathNot: '^functions/$1/' },
    },
    {
      name: 'shared-not-hosts',
      comment: 'shared/ is used by the functions, the hosts and the web app, never the reverse.',
      severity: 'error',
      from: { path: '^shared/' },
      to: { path: ['^functions/', '^infra/', '^web/', '^test/'] },
    },
    ...throughIndex,
    {
      name: 'not-to-unresolvable',
      comment: 'Every import resolves to a file or an installed package.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['^web/dist/', '^cdk\\.out/'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
    },
  },
};
