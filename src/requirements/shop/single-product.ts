/** SHOP-SINGLE-PRODUCT: add to cart, add to list and buy carry one product (the task schemas route the error here). */
import { routed } from '../../checks/per-directive.js';
import { skillRequirement } from '../define.js';

export default skillRequirement({
  entry: {
    id: 'SHOP-SINGLE-PRODUCT',
    level: 'SHOULD',
    title: 'Add to cart, add to list and buy carry one product.',
    source: {
      page: 'Alexa Shopping Actions API Reference',
      section: 'Add to shopping cart',
    },
    basis: 'documented',
    quote: 'Contains a list of Amazon product entities. Currently, the list supports a single item.',
  },
  check: routed('SHOP-SINGLE-PRODUCT', (d) => d.task !== 'RecommendShoppingProducts'),
  families: ['actions'],
  notProbed: 'no response started AddToShoppingCart, AddToList or BuyShoppingProducts',
});
