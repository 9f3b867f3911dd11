import { skillCases } from '../../helpers/check-cases.js';
import { call, ispEntry, ispTrace, page, speech } from '../../helpers/isp-traces.js';

export default skillCases([
  { name: 'maxResults 100, the upper limit', trace: ispTrace([ispEntry([call('?maxResults=100')])]), fires: false },
  { name: 'maxResults 101', trace: ispTrace([ispEntry([call('?maxResults=101', { status: 400 })])]), fires: true, message: /query .*maxResults/ },
  { name: 'maxResults 0', trace: ispTrace([ispEntry([call('?maxResults=0', { status: 400 })])]), fires: true, message: /query .*maxResults/ },
  { name: 'a productType outside the enum', trace: ispTrace([ispEntry([call('?productType=BUNDLE', { status: 400 })])]), fires: true, message: /query .*productType/ },
  { name: 'a nextToken the service never returned', trace: ispTrace([ispEntry([call('?nextToken=made-up')])]), fires: true, message: /sends a nextToken the service never returned/ },
  {
    name: 'a nextToken received in an earlier step',
    trace: ispTrace([ispEntry([call('', { answer: page('tok') })], speech('One.'), { last: false }), ispEntry([call('?nextToken=tok')], speech('Two.'), { step: 1 })]),
    fires: false,
  },
  { name: 'a nextToken received by an earlier call of the same step', trace: ispTrace([ispEntry([call('', { answer: page('tok') }), call('?nextToken=tok')])]), fires: false },
]);
