import { skillCases } from '../../helpers/check-cases.js';
import { call, CATALOG, ispEntry, ispTrace, offer, speech, uses } from '../../helpers/isp-traces.js';

export default skillCases([
  {
    name: 'a use past the units answered as an allowed use was',
    trace: ispTrace(uses(['Here is your class.', 'Here is your class.'], speech('Here is your class.'))),
    fires: true,
    message: /use 3 is answered as an allowed use was, though 2 unit\(s\) bought at 1 use\(s\) each allow 2/,
  },
  { name: 'the uses counted down, then refused', trace: ispTrace(uses(['Class. One left.', 'Class. None left.'], speech('You have no classes left.'))), fires: false },
  { name: 'the uses counted down, then offered again', trace: ispTrace(uses(['Class.', 'Class.'], offer('Buy', CATALOG[2]!.productId))), fires: false },
  {
    name: 'a use past the units while the listing failed is not judged',
    trace: ispTrace([...uses(['Class.'], speech('Class.')).slice(0, 1), ispEntry([call('', { status: 401 })], speech('Class.'), { flow: 'consume', run: 1, allowedAt: [0] })]),
    fires: false,
  },
]);
