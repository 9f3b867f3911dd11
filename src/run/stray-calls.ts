import { described } from '../checks/isp-calls.js';
import { isProductUrl } from '../mocks/isp/paths.js';
import type { StrayCall } from '../targets/exchange.js';
import { type Selection } from './judge.js';
import { KEEP, type RequirementTally } from '../report/tally.js';
import type { Reproducer } from '../report/reproduce.js';

const ENDPOINT = 'ISP-ENDPOINT';

/**
 * Product calls the skill made with no request in flight are ISP-ENDPOINT findings: the host of every product
 * call is the apiEndpoint a request names, and no request named one (a call made while the skill's module
 * loads, say). Each call is judged once, as a probe of its own.
 */
export function strayFindings(calls: readonly StrayCall[], selected: Selection, reproduce: Reproducer, into: Map<string, RequirementTally>): void {
  const product = calls.filter(({ call }) => isProductUrl(call.url));
  if (product.length === 0 || !selected(ENDPOINT)) return;
  let tally = into.get(ENDPOINT);
  if (!tally) into.set(ENDPOINT, (tally = { probes: 0, count: 0, violations: [] }));
  for (const { call, loading } of product) {
    tally.probes++;
    tally.count++;
    if (tally.violations.length >= KEEP) continue;
    const when = loading ? "while the skill's module loaded" : 'with no request in flight (after the skill had answered)';
    tally.violations.push({
      message: `${described(call, true)} was made ${when}: product calls go to the context.System.apiEndpoint of the request they serve`,
      scenario: loading ? 'module load' : 'between requests',
      request: null,
      response: null,
      outbound: [call],
      replay: reproduce.replay(ENDPOINT),
    });
  }
}
