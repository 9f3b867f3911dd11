/**
 * `npm run deps`: the layer rule of src/. Layers only point down, and nothing imports itself round a cycle:
 *
 *   cli -> run | report | client | explore -> scenarios | requirements -> checks -> targets | mocks | config | security -> generate
 *   -> schema -> types
 *
 * report and client sit beside run: run, client and cli may use report, report uses none of them; run and client
 * use neither the other. src/bad-input.ts sits below every layer (any layer may throw it) and src/index.ts, the
 * library's face, above them all.
 */
const LAYERS = [
  ['cli'],
  ['run', 'report', 'client', 'explore'],
  ['scenarios', 'requirements'],
  // The commerce client's model (its adapter's types, its cases, its item ids) and the checks of its calls sit with
  // the skill's checks: the PAY-* and BWP-* requirement modules use them as the others use src/checks.
  ['checks', 'client/checks', 'client/adapter\\.ts', 'client/cases\\.ts', 'client/item-ids\\.ts'],
  ['targets', 'mocks', 'config', 'security'],
  ['generate'],
  ['schema'],
  ['types'],
];

const paths = (names) => `^src/(${names.join('|')})(/|$)`;

/** One rule a layer: none of its modules imports a module of a layer above it (a path in a layer below wins). */
const upward = LAYERS.slice(1).map((layer, i) => ({
  name: `no-upward-from-${layer[0]}`,
  comment: `${layer.join(', ')} may not import ${LAYERS.slice(0, i + 1).flat().join(', ')}: layers only point down`,
  severity: 'error',
  from: { path: paths(layer) },
  to: { path: paths(LAYERS.slice(0, i + 1).flat()), pathNot: paths(LAYERS.slice(i + 1).flat()) },
}));

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'a cycle makes two modules one: neither can be read, tested or moved without the other',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    ...upward,
    {
      name: 'report-beside-run',
      comment: 'report builds the reports from plain data: it imports nothing of run, client or cli',
      severity: 'error',
      from: { path: paths(['report']) },
      to: { path: paths(['run', 'client', 'cli']) },
    },
    {
      name: 'client-beside-run',
      comment: 'the commerce client verb and the skill run share report, not each other',
      severity: 'error',
      from: { path: paths(['run', 'client']) },
      to: { path: paths(['run', 'client']), pathNot: '^src/$1/' },
    },
    {
      name: 'bad-input-below-all',
      comment: 'any layer may throw BadInput, so it imports nothing of src/',
      severity: 'error',
      from: { path: '^src/bad-input\\.ts$' },
      to: { path: '^src/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    includeOnly: '^src/',
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
  },
};
