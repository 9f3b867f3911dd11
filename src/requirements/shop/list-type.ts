/** SHOP-LIST-TYPE: AddToList sets input.listType to WISHLIST (the task schema routes the error here). */
import { routed } from '../../checks/per-directive.js';
import { skillRequirement } from '../define.js';

export default skillRequirement({
  entry: {
    id: 'SHOP-LIST-TYPE',
    level: 'MUST',
    title: 'AddToList sets input.listType to WISHLIST.',
    source: {
      page: 'Alexa Shopping Actions API Reference',
      section: 'Add to list',
    },
    basis: 'documented',
    quote: 'At this time, this action works for the Amazon Wish List only, not for the Amazon Shopping List.',
  },
  check: routed('SHOP-LIST-TYPE', (d) => d.task === 'AddToList'),
  families: ['actions'],
  notProbed: 'no response started AddToList',
});
