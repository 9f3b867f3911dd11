import { skillCases } from '../../helpers/check-cases.js';
import { call, ispEntry, ispTrace, page, speech } from '../../helpers/isp-traces.js';

export default skillCases([
  { name: 'a truncated page followed with its nextToken', trace: ispTrace([ispEntry([call('', { answer: page('tok') }), call('?nextToken=tok')])]), fires: false },
  {
    name: 'a truncated page followed in the next turn ("want to hear more?")',
    trace: ispTrace([ispEntry([call('', { answer: page('tok') })], speech('One. Want more?'), { last: false }), ispEntry([call('?nextToken=tok')], speech('Two.'), { step: 1 })]),
    fires: false,
  },
  { name: 'a truncated page never followed', trace: ispTrace([ispEntry([call('', { answer: page('tok') })])]), fires: true, message: /answered isTruncated true; the skill never asked for the next page/ },
  {
    name: 'a truncated page followed with another token',
    trace: ispTrace([ispEntry([call('', { answer: page('tok') }), call('?nextToken=other')])]),
    fires: true,
    message: /never asked for the next page/,
  },
  { name: 'a truncated page that came too late to follow (slow)', trace: ispTrace([ispEntry([call('', { answer: page('tok'), fault: 'slow' })], speech('Sorry.'), { fault: 'slow' })]), fires: false },
]);
