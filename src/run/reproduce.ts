/** How a violation is reproduced: a replay command for this suite, and a curl line for endpoints. */
export interface Reproducer {
  replay(requirement: string, caseId: string): string;
  /** `headers`: the probe's own request headers (request verification), sent as they were. */
  curl(request: unknown, headers?: Readonly<Record<string, string | undefined>>): string | undefined;
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
    curl: (request, headers) =>
      options.endpoint === undefined
        ? undefined
        : `curl -sS -X POST ${shellQuote(options.endpoint)} -H 'Content-Type: application/json'${curlHeaders(headers)} --data-binary ${shellQuote(JSON.stringify(request))}`,
  };
}

/** The probe's own headers as curl flags; the transport's (content-type, length, agent) curl sets itself. */
function curlHeaders(headers: Readonly<Record<string, string | undefined>> | undefined): string {
  if (!headers) return '';
  const own = Object.entries(headers).filter(
    (pair): pair is [string, string] => pair[1] !== undefined && !['content-type', 'accept', 'accept-charset', 'content-length', 'user-agent'].includes(pair[0].toLowerCase()),
  );
  // curl drops a header given as "Name:"; "Name;" sends it empty.
  return own.map(([name, value]) => ` -H ${shellQuote(value === '' ? `${name};` : `${name}: ${value}`)}`).join('');
}
