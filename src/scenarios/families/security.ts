import fc from 'fast-check';
import type { Entry } from '../../checks/types.js';
import type { Prober } from '../prober.js';
import { CertServer } from '../../security/cert-server.js';
import { PROBES, signer, type ProbeKit } from '../../security/probes.js';
import { envelope, openSession, visitArbitrary } from '../envelope.js';
import type { MatrixFamily } from '../family.js';
import type { Plan } from '../plan.js';

/** Why the family does not run in a normal run: the note its requirements carry there. */
const SECURITY_OFF = "run with --security against the skill's endpoint";

/** An applicationId no skill has: the probe of a request meant for another skill. */
const FOREIGN_APPLICATION_ID = 'amzn1.ask.skill.00000000-0000-4000-8000-00000000f0e1';

const LAUNCH = { type: 'LaunchRequest' };

/**
 * Request verification (web services): one request per probe, each a valid LaunchRequest but for the
 * signature headers, the certificate URL, the timestamp or the applicationId, after an unsigned control
 * request. The suite signs with a throwaway key of its own and never fetches a certificate URL; only
 * its own certificate is served, on loopback.
 */
export const security: MatrixFamily = {
  kind: 'matrix',
  name: 'security',
  skip: (plan) => (plan.security ? undefined : SECURITY_OFF),
  cases: () => [{ id: 'security:probes', run: (prober, plan) => runProbes(plan, prober) }],
};

async function runProbes(plan: Plan, prober: Prober): Promise<Entry[]> {
  const [visit] = fc.sample(visitArbitrary(plan), { seed: plan.seed, numRuns: 1 });
  if (!visit) return [];
  // Not valid for echo-api.amazon.com: the name is one no certificate authority would sign.
  // Loaded here, not with the family: node-forge (its certificate builder) costs every run's start about 80 ms.
  const { selfSigned } = await import('../../security/certificate.js');
  const own = selfSigned({ commonName: 'alexa-shopping-conformance probe', dns: ['probe.alexa-shopping-conformance.invalid'] });
  const server = new CertServer(own.cert);
  const kit: ProbeKit = { sign: signer(own.key), ownCertUrl: await server.start(), foreignApplicationId: FOREIGN_APPLICATION_ID };
  try {
    const entries: Entry[] = [];
    // One at a time, in order: the control answer decides what the gated probes show.
    for (const probe of PROBES) {
      const raw = probe.build(envelope(prober.ids, visit, openSession(visit), LAUNCH), kit);
      const exchange = await prober.send(JSON.parse(raw.body) as unknown, raw);
      entries.push({ label: probe.name, role: 'security', exchange, meta: { probe: probe.name, requirement: probe.requirement } });
    }
    return entries;
  } finally {
    await server.close();
  }
}
