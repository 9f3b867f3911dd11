import { robustChecks } from '../../checks/robust.js';
import { checkIn, skillRequirement } from '../define.js';

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
  check: checkIn(robustChecks, 'ROBUST-UNKNOWN-FIELDS'),
  families: ['robust'],
  notProbed: 'no request was sent with unknown properties',
});
