import { skillCases } from '../../helpers/check-cases.js';
import { emptyResponse } from '../../helpers/exchanges.js';
import { bodyOf, entryOf, traceOf } from '../../helpers/traces.js';

const exception = (body: unknown) => traceOf([entryOf('exception', body, { type: 'System.ExceptionEncountered' })]);

export default skillCases([
  { name: 'an empty response', trace: exception(emptyResponse()), fires: false },
  { name: 'an apology', trace: exception(bodyOf('Sorry, something went wrong.')), fires: true, message: /^the response to System\.ExceptionEncountered carries outputSpeech$/ },
  { name: 'a reprompt', trace: exception({ version: '1.0', response: { reprompt: { outputSpeech: { type: 'PlainText', text: 'Still there?' } } } }), fires: true, message: /carries reprompt/ },
  { name: 'an empty directive list is no directive', trace: exception({ version: '1.0', response: { directives: [] } }), fires: false },
  { name: 'the same apology to a resume is no exception\'s', trace: traceOf([entryOf('resume', bodyOf('Sorry, something went wrong.'))]), fires: false },
]);
