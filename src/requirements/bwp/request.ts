import { bwpCallChecks } from '../../client/checks/bwp-calls.js';
import { checkIn, clientRequirement } from '../define.js';

export default clientRequirement({
  entry: {
    id: 'BWP-REQUEST',
    level: 'MUST',
    title: 'Requests are GraphQL POSTed to the endpoint given with Authorization: Bearer <access token>, in documents and with inputs the API\'s schema and the input schemas accept.',
    source: {
      page: 'Buy with Prime: Best Practices for Orders',
      section: 'Best Practices for Orders',
    },
    basis: 'inferred',
    inference: 'The page treats createOrder, updateOrder and deliveryPreview as operations of the Buy with Prime GraphQL API; which documents and inputs that API accepts is taken from the suite\'s schemas of it (schemas/bwp/), not from a sentence of the page.',
  },
  check: checkIn(bwpCallChecks, 'BWP-REQUEST'),
  needs: ['placeOrder', 'setExecutionState'],
  lacking: 'the adapter has no Buy with Prime operation',
});
