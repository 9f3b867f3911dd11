/** SHOP-ATTRIBUTION: attribution only for Associates members, never on AddToList, on Recommend's input only. */
import { isObject, type Json } from '../../checks/response-shape.js';
import { directiveErrorsFor, shoppingDirectives, type TaskDirective } from '../../checks/tasks.js';
import type { CheckContext } from '../../checks/types.js';
import { skillRequirement } from '../define.js';

/** Where a directive carries attribution: "input", "products[0]", ... */
function attributionsOf(directive: Json): string[] {
  const input = directive['input'];
  if (!isObject(input)) return [];
  const at: string[] = input['attribution'] !== undefined ? ['input'] : [];
  const products = input['products'];
  if (Array.isArray(products))
    products.forEach((p, i) => {
      if (isObject(p) && p['attribution'] !== undefined) at.push(`products[${i}]`);
    });
  return at;
}

/**
 * What is wrong with one attribution of a directive, by the page's rules; [] when nothing is. An
 * attribution on the input of add to cart, buy or add to list is outside their schemas: the schemas
 * route that error here (x-requirements), so it is read from there, not judged twice.
 */
function attributionFaults({ task }: TaskDirective, at: string, ctx: CheckContext): string[] {
  const faults: string[] = [];
  if (!ctx.associates) faults.push('the config does not mark the skill as an Associates member (associates: true)');
  if (task === 'AddToList' && at !== 'input') faults.push('AddToList takes no attribution');
  if (task === 'RecommendShoppingProducts' && at !== 'input') faults.push('RecommendShoppingProducts takes it on input, where it applies to all products');
  return faults;
}

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
  check: {
    applies: (entry) => shoppingDirectives(entry.exchange.body).length > 0,
    problems: (entry, _trace, ctx) =>
      shoppingDirectives(entry.exchange.body).flatMap((d) => [
        ...attributionsOf(d.directive).flatMap((at) => {
          const faults = attributionFaults(d, at, ctx);
          return faults.length ? [{ message: `${d.task} directive ${d.index}: attribution on ${at}: ${faults.join('; ')}` }] : [];
        }),
        ...directiveErrorsFor(d, 'SHOP-ATTRIBUTION').map((error) => ({ message: `${d.task} directive ${d.index}: ${error}: the page places no attribution there` })),
      ]),
  },
  families: ['actions'],
  notProbed: 'no response carried a StartConnection for a shopping task',
});
