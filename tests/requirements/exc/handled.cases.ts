import { skillCases } from '../../helpers/check-cases.js';
import { emptyResponse, httpStatus, threw, timedOut } from '../../helpers/exchanges.js';
import { entryOf, traceOf } from '../../helpers/traces.js';

const exception = (body: unknown) => traceOf([entryOf('exception', body, { type: 'System.ExceptionEncountered' })]);

export default skillCases([
  { name: 'an empty response', trace: exception(emptyResponse()), fires: false },
  { name: 'HTTP 500', trace: traceOf([httpStatus('exception', 500)]), fires: true, message: /^RSP-HTTP: HTTP 500, expected 200$/ },
  { name: 'a handler that throws', trace: traceOf([threw('exception')]), fires: true, message: /^RSP-HTTP: the handler threw/ },
  { name: 'no answer in time', trace: traceOf([timedOut('exception')]), fires: true, message: /^RSP-TIME: no answer within 8000 ms$/ },
  { name: 'an envelope without a version', trace: exception({ response: {} }), fires: true, message: /^RSP-ENVELOPE: .*'version'/ },
  { name: 'HTTP 500 to a launch is no exception\'s', trace: traceOf([httpStatus('launch', 500)]), fires: false },
]);
