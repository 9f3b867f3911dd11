import type { ReportedViolation } from '../types/index.js';
import { familyOf } from '../scenarios/case-id.js';

/** How a violation is reproduced: a replay command for this suite, and a curl line for endpoints. */
export interface Reproducer {
  /** Without a case, the run that found it: a finding no case made (a call while the skill loaded). */
  replay(requirement: string, caseId?: string): string;
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
  /** --explore-runs and --explore-depth as the run was given them: a replay explores the same paths. */
  exploreArgs?: string[];
}

export function reproducer(options: ReproduceOptions): Reproducer {
  const base = ['npx', 'alexa-shopping-conformance', 'run', ...options.targetArgs];
  if (options.config) base.push('--config', options.config);
  if (options.interactionModel) base.push('--interaction-model', options.interactionModel);
  base.push('--seed', String(options.seed), '--runs', String(options.runs));
  if (options.timeoutMs !== 8000) base.push('--timeout', String(options.timeoutMs));
  base.push(...(options.exploreArgs ?? []));
  return {
    replay: (requirement, caseId) => [...base, '--only', requirement, ...(caseId === undefined ? [] : ['--case', caseId])].map(shellQuote).join(' '),
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

/** Why an endpoint's violation has no curl line: its case talks to the run's mock, which stopped with the run. */
export const MOCK_GONE =
  "no curl line: this case needs the run's mock In-Skill Product Service (the request's context.System.apiEndpoint), " +
  'which stopped when the run ended; the replay command starts it again with the same catalog';

/**
 * A violation's curl line, or for a case that needs the mock (the isp family's, or one whose answer called
 * the mock) the reason there is none: sent again, its request would name an apiEndpoint nobody answers.
 */
export function curlOf(reproduce: Reproducer, v: ReportedViolation): Pick<ReportedViolation, 'curl' | 'curlNote'> {
  const curl = reproduce.curl(v.request, v.headers);
  if (curl === undefined) return {};
  const needsMock = (v.case !== undefined && familyOf(v.case) === 'isp') || (v.outbound?.length ?? 0) > 0;
  return needsMock ? { curlNote: MOCK_GONE } : { curl };
}
