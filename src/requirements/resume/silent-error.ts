import { resumeChecks } from '../../checks/resume.js';
import { checkIn, skillRequirement } from '../define.js';

export default skillRequirement({
  entry: {
    id: 'RESUME-SILENT-ERROR',
    level: 'SHOULD',
    title: 'Nothing the skill says or shows after a failed purchase (BuyShoppingProducts: speech, reprompt, card) tells the customer about the error, neither the result\'s code or message nor words announcing an error: Alexa has told the customer already.',
    source: {
      page: 'Implement Alexa Shopping Actions in Your Skill',
      section: 'Implement purchase-product',
    },
    basis: 'documented',
    quote: 'Don\'t notify the customer about the error, but use the result to alter the flow of skill execution.',
  },
  check: checkIn(resumeChecks, 'RESUME-SILENT-ERROR'),
  families: ['resume'],
  prohibition: true,
  notProbed: 'no resume after a failed BuyShoppingProducts was answered (the page asks for silence about the error after a failed purchase only)',
});
