import { skillCases } from '../../helpers/check-cases.js';
import { timedOut, withExchange } from '../../helpers/exchanges.js';
import { bodyOf, CTX, entryOf, traceOf } from '../../helpers/traces.js';

const answeredIn = (ms: number) => traceOf([withExchange(entryOf('launch', bodyOf('Welcome.')), { ms })]);

export default skillCases([
  { name: 'answered at the timeout exactly', trace: answeredIn(8000), fires: false },
  { name: 'answered one millisecond late', trace: answeredIn(8001), fires: true, message: /^no answer within 8000 ms$/ },
  { name: 'no answer at all', trace: traceOf([timedOut('launch')]), fires: true, message: /^no answer within 8000 ms$/ },
  { name: 'the same 9 s answer under a 10 s timeout', trace: answeredIn(9000), ctx: { ...CTX, timeoutMs: 10000 }, fires: false },
]);
