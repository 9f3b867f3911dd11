import { consentChecks } from '../../checks/consent.js';
import { checkIn, skillRequirement } from '../define.js';

export default skillRequirement({
  entry: {
    id: 'SHOP-ATTRIBUTION',
    level: 'MUST',
    title: 'Attribution only as the page places it: only when the config marks the skill as an Associates member (associates: true), never on AddToList (its input has no attribution), and on RecommendShoppingProducts\' input (it applies to all products) rather than on each product.',
    source: {
      page: 'Alexa Shopping Actions API Reference',
      section: 'Attribution object',
    },
    basis: 'documented',
    quote: 'Include this object for live skills that are part of the Amazon Associates on Alexa program only.',
  },
  check: checkIn(consentChecks, 'SHOP-ATTRIBUTION'),
  families: ['actions'],
  notProbed: 'no response carried a StartConnection for a shopping task',
});
