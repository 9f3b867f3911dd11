import { skillCases } from '../../helpers/check-cases.js';
import { ispEntry, ispTrace, speech } from '../../helpers/isp-traces.js';

const declined = { flow: 'response' as const, name: 'Buy' as const, purchaseResult: 'DECLINED' };

export default skillCases([
  { name: 'a declined purchase answered in words', trace: ispTrace([ispEntry([], speech('No problem. What next?'), declined)]), fires: false },
  { name: 'a declined purchase answered 500', trace: ispTrace([ispEntry([], undefined, declined, { status: 500 })]), fires: true, message: /^RSP-/ },
  { name: 'a 500 to a request of another flow is not this requirement\'s', trace: ispTrace([ispEntry([], undefined, {}, { status: 500 })]), fires: false },
]);
