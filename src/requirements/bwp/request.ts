import type { BwpCall } from '../../mocks/bwp/core.js';
import { usesBwp } from '../../client/checks/bwp-codes.js';
import { clientRequirement } from '../define.js';

const firstError = (call: BwpCall): string => {
  const errors = (call.answer as { errors?: { message?: string }[] } | undefined)?.errors;
  return errors?.[0]?.message ?? '';
};

/** Every call reached the endpoint, with the token, in a document and inputs the API accepts. */
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
  check: {
    applies: usesBwp,
    problems: (c) => [
      ...c.bwpCalls.filter((call) => call.broke !== undefined).map((call) => ({ message: `${call.method} ${new URL(call.url).pathname} was answered ${call.status}: ${firstError(call)}` })),
      ...(c.family.startsWith('bwp/') ? c.blocked.map((b) => ({ message: `${b.method} ${b.url}: a host other than ctx.bwp.endpoint (stopped)` })) : []),
    ],
  },
  needs: ['placeOrder', 'setExecutionState'],
  lacking: 'the adapter has no Buy with Prime operation',
});
