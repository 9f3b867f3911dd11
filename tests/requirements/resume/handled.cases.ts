import { skillCases } from '../../helpers/check-cases.js';
import { httpStatus, threw, timedOut } from '../../helpers/exchanges.js';
import { bodyOf, entryOf, traceOf } from '../../helpers/traces.js';

export default skillCases([
  { name: 'a resume answered with a good response', trace: traceOf([entryOf('resume', bodyOf('Added. What else?'))]), fires: false },
  { name: 'HTTP 500', trace: traceOf([httpStatus('resume', 500)]), fires: true, message: /^RSP-HTTP: HTTP 500, expected 200$/ },
  { name: 'a handler that throws', trace: traceOf([threw('resume')]), fires: true, message: /^RSP-HTTP: the handler threw/ },
  { name: 'no answer in time', trace: traceOf([timedOut('resume')]), fires: true, message: /^RSP-TIME: no answer within 8000 ms$/ },
  { name: 'a tag Alexa does not support', trace: traceOf([entryOf('resume', bodyOf('<foo>Added.</foo>'))]), fires: true, message: /^RSP-SSML: outputSpeech SSML: <foo>/ },
  { name: 'HTTP 500 to a refund is no resume\'s', trace: traceOf([httpStatus('refund', 500)]), fires: false },
]);
