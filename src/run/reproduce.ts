/** How a violation is reproduced: a replay command for this suite, and a curl line for endpoints. */
export interface Reproducer {
  replay(requirement: string, caseId: string): string;
  curl(request: unknown): string | undefined;
}

const shellQuote = (s: string): string => (/^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`);

export interface ReproduceOptions {
  /** The target as the command line names it: ['--handler', 'dist/index.js'], ['--endpoint', url], or []. */
  targetArgs: string[];
  config?: string;
  /** run --interaction-model, when the run was given one. */
  interactionModel?: string;
  seed: number;
  runs: number;
  timeoutMs: number;
  endpoint?: string;
}

export function reproducer(options: ReproduceOptions): Reproducer {
  const base = ['npx', 'alexa-shopping-conformance', 'run', ...options.targetArgs];
  if (options.config) base.push('--config', options.config);
  if (options.interactionModel) base.push('--interaction-model', options.interactionModel);
  base.push('--seed', String(options.seed), '--runs', String(options.runs));
  if (options.timeoutMs !== 8000) base.push('--timeout', String(options.timeoutMs));
  return {
    replay: (requirement, caseId) => [...base, '--only', requirement, '--case', caseId].map(shellQuote).join(' '),
    curl: (request) =>
      options.endpoint === undefined
        ? undefined
        : `curl -sS -X POST ${shellQuote(options.endpoint)} -H 'Content-Type: application/json' --data-binary ${shellQuote(JSON.stringify(request))}`,
  };
}
