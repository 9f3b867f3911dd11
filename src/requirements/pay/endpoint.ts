import { refusedFor } from '../../client/checks/pay-refusals.js';
import { clientRequirement } from '../define.js';

/** Create Delivery Tracker goes to the Amazon Pay host given, at the path of the public key's environment, signed with the public key: every call the mock refused for its path or Authorization, and every call to another host, is a violation. */
export default clientRequirement({
  entry: {
    id: 'PAY-ENDPOINT',
    level: 'MUST',
    title: 'Create Delivery Tracker is a POST to /{sandbox|live}/v2/deliveryTrackers for the public key\'s environment, or to /v2/deliveryTrackers with an environment-prefixed key, at the Amazon Pay host given, with an Authorization header that names the public key.',
    source: {
      page: 'Amazon Pay API v2: Delivery Tracker',
      section: 'Create Delivery Tracker',
    },
    basis: 'inferred',
    inference: 'The path and host are those of Amazon Pay\'s own SDKs (the URL builder of the Amazon Pay .NET SDK): /{sandbox|live}/v2/deliveryTrackers for keys without an environment prefix, /v2/deliveryTrackers for SANDBOX- or LIVE- keys.',
  },
  check: refusedFor('PAY-ENDPOINT'),
  needs: ['createDeliveryTracker'],
  lacking: 'the adapter has no createDeliveryTracker',
});
