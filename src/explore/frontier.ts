import type { Step } from '../types/index.js';
import type { HandOff } from './hand-off.js';
import type { Walker } from './walk.js';

/** How far the frontier search goes: new session states kept per turn, and fresh requests in all. */
const MAX_FRONTIER = 12;
const MAX_PROBES = 400;

/** A path that ended in a hand-off, found by the frontier search. */
export interface Ended {
  steps: Step[];
  handOff: HandOff;
}

/**
 * Breadth first over the session states the skill reveals: every candidate step from a new session, then
 * from each path whose session attributes no shorter path produced, turn by turn up to `depth`. A dialogue
 * that keeps its progress in the session (an order, then a size, then a yes) is found however deep, where
 * random sequences would need luck; the first path to each hand-off is a shortest one among those tried.
 * Attributes that change on every answer (a timestamp) make every state new: MAX_FRONTIER bounds that.
 */
export async function searchFrontier(walker: Walker, candidates: readonly Step[], depth: number): Promise<{ ended: Ended[]; paths: number }> {
  const ended: Ended[] = [];
  const seen = new Set<string>([JSON.stringify({})]);
  let frontier: Step[][] = [[]];
  let paths = 0;
  const start = walker.fresh;
  for (let turn = 1; turn <= depth && frontier.length > 0; turn++) {
    const next: Step[][] = [];
    for (const prefix of frontier) {
      for (const step of candidates) {
        if ('type' in step && prefix.length > 0) continue;
        if (walker.fresh - start >= MAX_PROBES) return { ended, paths };
        const steps = [...prefix, step];
        paths++;
        const reached = await walker.reach(steps);
        if (reached.handOff) ended.push({ steps, handOff: reached.handOff });
        if (reached.over) continue;
        const state = JSON.stringify(reached.state.attributes ?? {});
        if (seen.has(state)) continue;
        seen.add(state);
        if (next.length < MAX_FRONTIER) next.push(steps);
      }
    }
    frontier = next;
  }
  return { ended, paths };
}
