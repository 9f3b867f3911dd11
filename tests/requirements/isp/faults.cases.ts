import { skillCases } from '../../helpers/check-cases.js';
import { call, ispEntry, ispTrace, speech } from '../../helpers/isp-traces.js';

const failing = { status: 500, fault: '500' };

export default skillCases([
  { name: 'an apology while the service answers 500', trace: ispTrace([ispEntry([call('', failing)], speech('Sorry, I cannot list products now.'), { fault: '500' })]), fires: false },
  {
    name: 'a crash while the service answers 500',
    trace: ispTrace([ispEntry([call('', failing)], undefined, { fault: '500' }, { status: undefined, error: 'the handler threw' })]),
    fires: true,
    message: /^with the service answering 500: RSP-/,
  },
  {
    name: 'a crash with the service working is not this requirement\'s',
    trace: ispTrace([ispEntry([call()], undefined, {}, { status: undefined, error: 'the handler threw' })]),
    fires: false,
  },
]);
