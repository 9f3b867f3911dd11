import { PRODUCTS_PATH } from '../../../src/mocks/isp/paths.js';
import { skillCases } from '../../helpers/check-cases.js';
import { call, ispEntry, ispTrace, speech } from '../../helpers/isp-traces.js';

export default skillCases([
  { name: 'the list steps call the service at context.System.apiEndpoint', trace: ispTrace([ispEntry([call()], speech('You can buy things.'), {})]), fires: false },
  {
    name: 'a call to a hard-coded host, stopped there',
    trace: ispTrace([ispEntry([{ method: 'GET', url: `https://api.amazonalexa.com${PRODUCTS_PATH}`, headers: {}, blocked: true }], speech('Sorry.'), {})]),
    fires: true,
    message: /GET https:\/\/api\.amazonalexa\.com\/v1\/users.* was blocked: product calls go to context\.System\.apiEndpoint/,
  },
  {
    name: 'a call that reached a product service on another host',
    trace: ispTrace([ispEntry([call('', { url: `http://127.0.0.1:4001${PRODUCTS_PATH}` })], speech('You can buy things.'), {})]),
    fires: true,
    message: /went elsewhere/,
  },
  { name: 'list steps that never call the service', trace: ispTrace([ispEntry([], speech('You can buy premium tips.'), {})]), fires: true, message: /the list steps made no call/ },
  { name: 'list steps that never call while the service fails', trace: ispTrace([ispEntry([], speech('Sorry.'), { fault: '500' })]), fires: false },
  {
    name: 'the list call made at an earlier step of the same run',
    trace: ispTrace([ispEntry([call()], speech('Let me look.'), { last: false }), ispEntry([], speech('You can buy things.'), { step: 1 })]),
    fires: false,
  },
]);
