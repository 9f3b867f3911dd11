/**
 * Every verb's usage text and flags: data the CLI reads before it loads a verb, so that --help, bad flags and a run's
 * start cost nothing of the engine (src/cli/main.ts loads a verb's module only to run it).
 */

export const runUsage = `run [--handler <file>[#export] | --endpoint <url> [--ca <pem> | --insecure] [--security]] [--config <file>] [--interaction-model <file>]
      [--runs n] [--seed n] [--report <dir>] [--only <id|prefix,...>] [--strict] [--timeout <ms>] [--case <id>] [--shard i/n] [--workers n]
      [--explore-runs n] [--explore-depth n]
      Probes the skill (default: the bundled reference skill) and writes report.json, report.md,
      report.html and junit.xml to --report (default ./conformance-report). Exit 0: no MUST violation;
      1: a MUST violation (or a SHOULD one with --strict); 2: bad usage, config or target. With --shard
      (and a --seed every shard shares), also <report>/blob/shard-i-of-n.zip for merge-reports. --security runs the
      request-verification probes (SEC-*) alone, against an endpoint. --workers: Playwright workers reporting the
      families, which this process probes all at once (default 1). With an interaction model and no steps in the config, the skill
      is explored first and the steps found are used (--explore-runs 0: never).`;
export const runFlags = {
  handler: 'string',
  endpoint: 'string',
  config: 'string',
  'interaction-model': 'string',
  runs: 'string',
  seed: 'string',
  report: 'string',
  only: 'string',
  strict: 'boolean',
  timeout: 'string',
  case: 'string',
  shard: 'string',
  workers: 'string',
  security: 'boolean',
  'explore-runs': 'string',
  'explore-depth': 'string',
  ca: 'string',
  insecure: 'boolean',
  help: 'boolean',
} as const;

export const initUsage = `init [--handler <file>[#export] | --endpoint <url> [--ca <pem> | --insecure]] --interaction-model <file>
      [--catalog <file>] [--config <file>] [--force] [--seed n] [--explore-runs n] [--explore-depth n]
      Explores the skill (default: the bundled reference skill) from its interaction model and writes a starting
      config (default ./conformance.json) with the steps it found, and beside it a .md that explains each entry.
      --catalog: the skill's own in-skill products (isp.catalog), served while exploring and written to the config.
      An existing file is kept unless --force.`;
export const initFlags = {
  handler: 'string',
  endpoint: 'string',
  ca: 'string',
  insecure: 'boolean',
  'interaction-model': 'string',
  catalog: 'string',
  config: 'string',
  force: 'boolean',
  seed: 'string',
  'explore-runs': 'string',
  'explore-depth': 'string',
  help: 'boolean',
} as const;

export const sampleUsage = `sample <schema-id> [--count n] [--seed s] [--invalid] [--now <iso>]
      NDJSON instances of a schema (default 10): boundary values first, then random ones from the seed
      (default 0; same seed, same output). --invalid: one constraint broken in each, printed as
      {"value":...,"mutation":"<keyword> at <instancePath>: <description>"}. --now anchors timestamps.`;
export const sampleFlags = { count: 'string', seed: 'string', invalid: 'boolean', now: 'string', help: 'boolean' } as const;

export const schemasUsage = `schemas
      lists the schema ids (for sample), one a line`;
export const schemasFlags = { help: 'boolean' } as const;

export const mockServerUsage = `mock-server [--port n] [--api isp,pay,bwp] [--catalog <file>] [--page-size n] [--fault <api:fault,...>] [--slow-ms n] [--carriers <code,...>] [--orders n]
      Serves the mock Amazon APIs on one loopback port, each on its own paths: the In-Skill Product
      Service (for a skill you run yourself), Amazon Pay delivery trackers and Buy with Prime GraphQL (for
      a commerce client in any language). --api picks some (default all). Prints the base URL, then each
      API's URL and the orders made at start (--orders, default 1: Amazon Pay sandbox test orders and Buy
      with Prime orders to try calls on); logs each call on stderr; stops on SIGINT or SIGTERM. Any
      credentials are served. --catalog: a JSON array of InSkillProduct (default: the sample response's
      three products). --fault: every call of that API answers the fault (isp: 400,401,404,500,slow; pay:
      InvalidInputFormat,InvalidParameterValue,429,500,503,slow; bwp: 429,500,503,slow); --slow-ms: how
      late a slow answer comes. --carriers: carrier codes Amazon Pay accepts beyond its bundled list.
      The product service truncates a listing only when more products match than its maxResults
      (default 100); --page-size caps every page lower still, a test convenience.`;
export const mockServerFlags = { port: 'string', api: 'string', catalog: 'string', 'page-size': 'string', fault: 'string', 'slow-ms': 'string', carriers: 'string', orders: 'string', help: 'boolean' } as const;

export const mergeUsage = `merge-reports <dir> [--report <dir>]
      Merges the blob reports that \`run --shard i/n --seed s\` leaves in <report>/blob/ (gather every
      shard's into <dir>; sub-folders are searched) into the one run's report.json, report.md,
      report.html and junit.xml in --report (default ./conformance-report). Exit status as for run,
      and 2 when a shard is missing or the shards come from different runs.
  merge-reports --security <dirA> <dirB> [--report <dir>]
      Combines the reports of the two request-verification runs of one endpoint (run --security once
      with every verifier on, once with only signature verification off): each SEC-* row comes from
      the run that can judge it. Exit status as for run, and 2 when a folder holds no report.json of a
      whole run --security (one shard's will not do), the runs probed different targets, or both had
      the unsigned control request refused (or both accepted).`;
export const mergeFlags = { report: 'string', security: 'boolean', help: 'boolean' } as const;

export const clientUsage = `client --adapter <file> [--report <dir>] [--seed n] [--runs n] [--strict] [--carriers <code,...>] [--timeout ms] [--slow-ms ms]
      Drives your commerce client through its adapter module (see src/client/adapter.ts) with generated
      orders and shipments against the Amazon Pay and Buy with Prime mocks, judges every call and
      outcome (PAY-*, BWP-*), and writes report.json, report.md, report.html and junit.xml to --report
      (default ./conformance-report). Exit status as for run. --timeout: when an operation is given up
      and ctx.signal aborts (default 10000); --slow-ms: how late the mocks' slow answers come (default
      3000, at most half the timeout): set it past your client's own timeout to probe its retries.`;
export const clientFlags = { adapter: 'string', report: 'string', seed: 'string', runs: 'string', strict: 'boolean', carriers: 'string', timeout: 'string', 'slow-ms': 'string', help: 'boolean' } as const;
