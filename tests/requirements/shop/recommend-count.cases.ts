import { skillCases } from '../../helpers/check-cases.js';
import { handOver, startConnection } from '../../helpers/shop.js';
import { traceOf } from '../../helpers/traces.js';

const products = (n: number) => Array.from({ length: n }, (_, i) => ({ asin: `B0000000${String(i).padStart(2, '0')}` }));
const recommend = (n: number) => handOver([startConnection('RecommendShoppingProducts', { input: { products: products(n) } })]);

export default skillCases([
  { name: 'ten products, the most the page allows', trace: traceOf([recommend(10)]), fires: false },
  { name: 'one product', trace: traceOf([recommend(1)]), fires: false },
  { name: 'eleven products', trace: traceOf([recommend(11)]), fires: true, message: /^RecommendShoppingProducts directive 0: \/input\/products must NOT have more than 10 items/ },
  { name: 'no product at all', trace: traceOf([recommend(0)]), fires: true, message: /^RecommendShoppingProducts directive 0: \/input\/products must NOT have fewer than 1 items/ },
]);
