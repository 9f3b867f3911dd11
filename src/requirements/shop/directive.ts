/**
 * SHOP-DIRECTIVE: a StartConnection to a shopping task validates against that task's schema; the errors the schemas
 * route to another requirement (x-requirements) are that requirement's, the others are this one's.
 */
import { routed } from '../../checks/per-directive.js';
import { skillRequirement } from '../define.js';

export default skillRequirement({
  entry: {
    id: 'SHOP-DIRECTIVE',
    level: 'MUST',
    title: 'A StartConnection to a shopping task validates against that task\'s schema: products of ProductEntity with a 10-character upper-case alphanumeric asin, Attribution with associateId when present.',
    source: {
      page: 'Alexa Shopping Actions API Reference',
      section: 'Object definitions',
    },
    basis: 'documented',
    quote: 'The ProductEntity object represents a unique product within Amazon. To find the product identifier, locate the Amazon Standard Identification Number (ASIN) on the product detail page on the Amazon retail website.',
  },
  check: routed('SHOP-DIRECTIVE'),
  families: ['actions'],
  notProbed: 'no response carried a StartConnection for a shopping task',
});
