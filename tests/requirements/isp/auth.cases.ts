import { skillCases } from '../../helpers/check-cases.js';
import { call, ispEntry, ispTrace, TOKEN } from '../../helpers/isp-traces.js';

const withAuth = (authorization: string | undefined) =>
  ispTrace([ispEntry([call('', { headers: { ...(authorization === undefined ? {} : { authorization }), 'accept-language': 'en-US' } })])]);

export default skillCases([
  { name: 'Bearer and the request\'s apiAccessToken', trace: withAuth(`Bearer ${TOKEN}`), fires: false },
  { name: 'the scheme in lower case', trace: withAuth(`bearer ${TOKEN}`), fires: false },
  { name: 'no Authorization header', trace: withAuth(undefined), fires: true, message: /carries no Authorization header/ },
  { name: 'a token of an earlier request', trace: withAuth('Bearer stale'), fires: true, message: /a bearer token other than this request's context\.System\.apiAccessToken/ },
  { name: 'the token without its scheme', trace: withAuth(TOKEN), fires: true, message: /not "Bearer <apiAccessToken>"/ },
  { name: 'another scheme', trace: withAuth(`Basic ${TOKEN}`), fires: true, message: /carries Authorization "Basic …"/ },
]);
