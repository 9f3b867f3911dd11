/**
 * docs/bwp-graphql.md, generated from the mock's SDL: up to date (the CI drift check), every document in it valid
 * against the mock's schema and accepted by the mock, and every assumed field of the SDL marked.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { parse, validate as validateDocument } from 'graphql';
import { BwpCore, bwpSchema } from '../src/mocks/bwp/core.js';
import { BWP_SDL } from '../src/mocks/bwp/sdl.js';
import { ROOT } from './helpers/cli.js';

const docs = (): string => readFileSync(join(ROOT, 'docs', 'bwp-graphql.md'), 'utf8');
const operations = (): string[] => {
  const text = docs();
  const section = text.slice(text.indexOf('## Operations'), text.indexOf('## The schema'));
  return [...section.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]!);
};

test('the docs are what the generator writes from the SDL (npm run gen:docs:check)', () => {
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts', 'gen-bwp-docs.mjs'), '--check'], { encoding: 'utf8' });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  expect(docs()).toContain(BWP_SDL.trim());
});

test('one document per root field, each valid against the mock schema', () => {
  const docsOps = operations();
  const roots = [...Object.keys(bwpSchema().getQueryType()!.getFields()), ...Object.keys(bwpSchema().getMutationType()!.getFields())];
  expect(docsOps).toHaveLength(roots.length);
  for (const [i, op] of docsOps.entries()) {
    const document = parse(op);
    expect(validateDocument(bwpSchema(), document).map((e) => e.message), roots[i]).toEqual([]);
    expect(op).toContain(`  ${roots[i]}(`);
  }
});

test('every field and type the SDL marks assumed is marked in its document or input table', () => {
  const marks = BWP_SDL.split('\n').filter((l) => /^\s*#\s*assumed/.test(l)).length;
  const text = docs();
  const section = text.slice(0, text.indexOf('## The schema'));
  expect(marks).toBeGreaterThan(10);
  // Types reached from several operations are marked in each: at least as many marks as the SDL has.
  expect((section.match(/assumed/g) ?? []).length).toBeGreaterThanOrEqual(marks);
  expect(section).toContain('`aliases` | `[AliasInput!]` | assumed');
});

test('the deliveryPreview document runs on the mock as printed', async () => {
  const core = new BwpCore({ anyToken: true });
  const query = operations()[0]!;
  const variables = { input: { items: [{ itemIdentifier: { ExternalId: 'MUG-1' }, amount: { unit: 'UNIT', value: 1 } }] } };
  const answer = await core.answer({ method: 'POST', url: new URL('http://127.0.0.1/graphql'), headers: { authorization: 'Bearer t' }, body: JSON.stringify({ query, variables }) });
  expect(answer.status).toBe(200);
  const body = answer.body as { data: { deliveryPreview: { deliveryGroups: { items: { itemIdentifier: { __typename: string } }[] }[] } }; errors?: unknown };
  expect(body.errors).toBeUndefined();
  expect(body.data.deliveryPreview.deliveryGroups[0]!.items[0]!.itemIdentifier.__typename).toBe('ExternalItemIdentifier');
});
