import { skillCases } from '../../helpers/check-cases.js';
import { httpStatus, threw, timedOut } from '../../helpers/exchanges.js';
import { bodyOf, entryOf, traceOf } from '../../helpers/traces.js';

export default skillCases([
  { name: 'HTTP 200 with a response object', trace: traceOf([entryOf('launch', bodyOf('Welcome.'))]), fires: false },
  { name: 'HTTP 500, though the body is a good envelope', trace: traceOf([httpStatus('launch', 500)]), fires: true, message: /^HTTP 500, expected 200$/ },
  { name: 'a handler that throws', trace: traceOf([threw('launch')]), fires: true, message: /the handler threw: TypeError/ },
  { name: 'HTTP 200 with a JSON array', trace: traceOf([entryOf('launch', ['Welcome.'])]), fires: true, message: /the answer is JSON but not an object: \["Welcome\."\]/ },
  { name: 'a request that timed out is RSP-TIME\'s, not judged here', trace: traceOf([timedOut('launch')]), fires: false },
]);
