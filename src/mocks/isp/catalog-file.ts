import { readFileSync } from 'node:fs';
import { validate } from '../../schema/ajv.js';
import { describeError } from '../../schema/route.js';
import type { InSkillProduct } from '../../types/index.js';

/**
 * A team's catalog file: a JSON array of InSkillProduct (the service's own shape), each valid against
 * schemas/isp/in-skill-product.schema.json, productIds unique. Returns the products or why not, in one line
 * (the caller says which flag or key named the file).
 */
export function readCatalogFile(path: string): { catalog: InSkillProduct[] } | { problem: string } {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return { problem: `${path} cannot be read` };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { problem: `${path} is not JSON: ${e instanceof Error ? e.message : String(e)}` };
  }
  if (!Array.isArray(data)) return { problem: `${path} is not a JSON array of in-skill products` };
  for (const [i, product] of data.entries()) {
    const [first] = validate('isp/in-skill-product', product);
    if (first) return { problem: `${path}: product ${i} ${describeError(first)}` };
  }
  const catalog = data as InSkillProduct[];
  const ids = catalog.map((p) => p.productId);
  const twice = ids.find((id, i) => ids.indexOf(id) !== i);
  if (twice !== undefined) return { problem: `${path}: productId ${twice} appears twice` };
  return { catalog };
}
