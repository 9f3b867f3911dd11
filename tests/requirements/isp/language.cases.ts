import { skillCases } from '../../helpers/check-cases.js';
import { call, ispEntry, ispTrace, TOKEN } from '../../helpers/isp-traces.js';

/** A listing for an en-US request whose call carries this Accept-Language. */
const withLanguage = (language: string | undefined) =>
  ispTrace([ispEntry([call('', { headers: { authorization: `Bearer ${TOKEN}`, ...(language === undefined ? {} : { 'accept-language': language }) } })])]);

export default skillCases([
  { name: 'the request\'s locale', trace: withLanguage('en-US'), fires: false },
  { name: 'the locale in other letter case', trace: withLanguage('en-us'), fires: false },
  { name: 'the locale first, then a weighted fallback', trace: withLanguage('en-US,en;q=0.9'), fires: false },
  { name: 'no Accept-Language', trace: withLanguage(undefined), fires: true, message: /carries no Accept-Language header \(the request's locale is en-US\)/ },
  { name: 'another English locale', trace: withLanguage('en-GB'), fires: true, message: /"en-GB", whose first language is not the request's locale en-US/ },
  { name: 'the locale only second', trace: withLanguage('de-DE, en-US;q=0.5'), fires: true, message: /whose first language is not/ },
]);
