import { join } from 'node:path';
import { expect } from '@playwright/test';
import { loadConfig } from '../../src/config/load.js';
import { explore, type Exploration } from '../../src/explore/explore.js';
import { goalOf, type HandOff } from '../../src/explore/hand-off.js';
import { exitOf } from '../../src/report/exit.js';
import { planOf, resolveOptions } from '../../src/run/options.js';
import type { Plan } from '../../src/scenarios/plan.js';
import type { Target } from '../../src/targets/exchange.js';
import type { ConformanceConfig, ConformanceReport, Flow } from '../../src/types/index.js';
import { ROOT } from './cli.js';

/** A skill the exploration tests run: its folder (conformance.json, skill-package/) and its built handler. */
export interface ExploredSkill {
  name: string;
  dir: string;
  handler: string;
}

const skill = (name: string, dir: string): ExploredSkill => ({ name, dir: join(ROOT, dir), handler: join(ROOT, 'dist', dir, 'index.js') });

export const REFERENCE = skill('reference', 'fixtures/skills/reference');
export const FIELD = ['gift-ideas', 'night-sky', 'roastery', 'trail-outfitters'].map((n) => skill(n, `fixtures/skills/field/${n}`));
export const TWO_TURN = skill('two-turn', 'fixtures/skills/explore/two-turn');
export const NO_SHOPPING = skill('no-shopping', 'fixtures/skills/explore/no-shopping');

/** The skill's own config with every step removed: what a team that configured nothing but its model has. */
export function withoutSteps(config: ConformanceConfig): ConformanceConfig {
  const { actions: _actions, isp, ...rest } = structuredClone(config);
  const catalog = isp?.catalog;
  return { ...rest, ...(catalog ? { isp: { catalog } } : {}) };
}

export const configOf = (s: ExploredSkill): ConformanceConfig => loadConfig(join(s.dir, 'conformance.json')).config;

/** The plan exploring `s` with its config's steps removed uses. */
export function planFor(s: ExploredSkill, seed = 11): Plan {
  return planOf(resolveOptions({ config: withoutSteps(configOf(s)), cwd: s.dir, seed, target: { handler: s.handler } }), 'http://127.0.0.1:9');
}

export async function exploreSkill(s: ExploredSkill, target: Target, seed = 11): Promise<Exploration> {
  const found = await explore(target, planFor(s, seed));
  if (!found) throw new Error(`${s.name} was not explored`);
  return found;
}

/** The configured flows exploration stands in for, by goal. */
export function configuredGoals(config: ConformanceConfig): Map<string, Flow> {
  const out = new Map<string, Flow>();
  for (const [task, flow] of Object.entries(config.actions ?? {})) if (flow) out.set(`actions.${task}`, flow);
  if (config.isp?.offer) out.set('isp.offer', config.isp.offer);
  const [premium] = config.isp?.premium ?? [];
  if (premium) out.set('isp.premium', premium);
  return out;
}

export const goalOrNone = (handOff: HandOff | undefined): string => (handOff ? goalOf(handOff) : 'none');

/**
 * SHOP-CONSENT is the exception, and rightly: its family opens every skill and asks for help in a fresh
 * session whatever the config says, and a skill that then starts no shopping task has honestly kept it.
 */
const PROBED_WITHOUT_STEPS = new Set(['SHOP-CONSENT']);

/** The report of a skill that sells nothing: nothing found, exit 0, no SHOP or RESUME requirement judged on steps. */
export function expectNothingFound(report: ConformanceReport): void {
  expect((report.notes ?? []).some((n) => n.includes('nothing found'))).toBe(true);
  const shopping = report.requirements.filter((r) => (r.id.startsWith('SHOP-') || r.id.startsWith('RESUME-')) && !PROBED_WITHOUT_STEPS.has(r.id));
  expect(shopping.length).toBeGreaterThan(10);
  for (const row of shopping) expect(row.status, row.id).toBe('not-applicable');
  expect(exitOf(report).status).toBe(0);
}

