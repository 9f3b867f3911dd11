import { shoppingChecks } from '../../checks/shopping.js';
import { checkIn, skillRequirement } from '../define.js';

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
  check: checkIn(shoppingChecks, 'SHOP-SINGLE-PRODUCT'),
  families: ['actions'],
  notProbed: 'no response started AddToShoppingCart, AddToList or BuyShoppingProducts',
});
