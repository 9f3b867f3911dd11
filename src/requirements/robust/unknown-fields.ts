import { rspFailures } from '../../checks/response.js';
import { skillRequirement } from '../define.js';

/** Unknown properties in the request change nothing the RSP-* checks see: the variant fails no RSP-* id its original passes. */
export default skillRequirement({
  entry: {
    id: 'ROBUST-UNKNOWN-FIELDS',
    level: 'MUST',
    title: 'Unknown extra properties anywhere in the request envelope change nothing the response checks see.',
    source: {
      page: 'Request and Response JSON Reference',
      section: 'Request format',
    },
    basis: 'inferred',
    inference: 'Alexa adds request fields over time (real envelopes carry fields such as request.shouldLinkResultBeReturned that older models lack); a skill whose answer changes when an unknown property appears breaks when Alexa adds one.',
  },
  check: {
    applies: (entry, trace) => entry.role === 'robust-variant' && trace.entries[entry.meta.originalAt ?? -1] !== undefined,
    problems: (entry, trace, ctx, at) => {
      const originalAt = entry.meta.originalAt ?? -1;
      const original = trace.entries[originalAt];
      if (!original) return [];
      const before = rspFailures(original, trace, ctx, originalAt);
      const where = (entry.meta.injected ?? []).join(', ');
      return [...rspFailures(entry, trace, ctx, at)]
        .filter(([id]) => !before.has(id))
        .map(([id, message]) => ({
          message: `with unknown properties at ${where} the response fails ${id} (${message}); without them it passes`,
          compareAt: originalAt,
        }));
    },
  },
  families: ['robust'],
  notProbed: 'no request was sent with unknown properties',
});
