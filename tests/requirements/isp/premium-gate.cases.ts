import { skillCases } from '../../helpers/check-cases.js';
import { gate, ispTrace, offer, OPEN, speech } from '../../helpers/isp-traces.js';

const premium = ['Premium tip.', 'Premium tip.', 'Premium tip.'];
const upsellSaying = (text: string) => {
  const body = offer('Upsell', OPEN[0]!.productId);
  return { ...body, response: { ...body.response, outputSpeech: { type: 'PlainText', text } } };
};

export default skillCases([
  { name: 'the premium answer only when entitled', trace: ispTrace(gate(premium, [speech('Free tip.'), speech('Free tip.')])), fires: false },
  {
    name: 'the premium answer either way',
    trace: ispTrace(gate(premium, [speech('Premium tip.')])),
    fires: true,
    message: /answer the same with no product ENTITLED as with every product ENTITLED, and offer nothing/,
  },
  { name: 'a random fact either way, the sides differing on the first runs only', trace: ispTrace(gate(['Fact one.', 'Fact two.', 'Fact one.'], [speech('Fact three.'), speech('Fact two.')])), fires: true },
  { name: 'the premium answer, but with an offer of the product', trace: ispTrace(gate(premium, [upsellSaying('Premium tip.')])), fires: false },
]);
