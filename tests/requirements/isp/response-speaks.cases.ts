import { skillCases } from '../../helpers/check-cases.js';
import { ispEntry, ispTrace, speech, ssmlAnswer } from '../../helpers/isp-traces.js';

const after = (body: unknown, name: 'Buy' | 'Upsell' | 'Cancel', purchaseResult: string) => ispTrace([ispEntry([], body, { flow: 'response', name, purchaseResult })]);

export default skillCases([
  { name: 'empty speech, session open', trace: after(ssmlAnswer('<speak></speak>', false), 'Buy', 'ACCEPTED'), fires: true, message: /Connections\.Response Buy ACCEPTED is silent and leaves the session open/ },
  { name: 'empty speech, session ended', trace: after(ssmlAnswer('<speak></speak>', true), 'Cancel', 'ACCEPTED'), fires: false },
  { name: 'a sound only', trace: after(ssmlAnswer('<speak><audio src="https://example.com/chime.mp3"/></speak>', false), 'Upsell', 'DECLINED'), fires: false },
  { name: 'words', trace: after(speech('Thanks. What next?'), 'Buy', 'ERROR'), fires: false },
  {
    name: 'no speech, but a directive that hands over',
    trace: after({ version: '1.0', response: { directives: [{ type: 'Dialog.Delegate' }], shouldEndSession: false } }, 'Buy', 'ACCEPTED'),
    fires: false,
  },
]);
