import fc from 'fast-check';
import type { InteractionModel } from '../config/model.js';
import { stepName } from '../scenarios/steps.js';
import type { Step } from '../types/index.js';
import { stepArbitrary } from './slots.js';
import type { Path } from './walk.js';

/** What fast-check's model knows of a path: how many turns it has had and whether the session is over. */
export interface Turns {
  turns: number;
  over: boolean;
}

const LAUNCH: Step = { type: 'LaunchRequest' };

/** One customer turn. A LaunchRequest opens a session only; nothing is said once the session is over. */
export class Say implements fc.AsyncCommand<Turns, Path> {
  constructor(readonly step: Step) {}

  check(model: Readonly<Turns>): boolean {
    return !model.over && ('intent' in this.step || model.turns === 0);
  }

  async run(model: Turns, path: Path): Promise<void> {
    await path.say(this.step);
    model.turns++;
    model.over = path.over;
  }

  toString(): string {
    const slots = 'slots' in this.step && this.step.slots ? JSON.stringify(this.step.slots) : '';
    return `${stepName(this.step)}${slots}`;
  }
}

/** Sequences of turns: a LaunchRequest or any intent of the model first, then the model's intents, up to `depth`. */
export function turnsArbitrary(model: InteractionModel, depth: number): fc.Arbitrary<Iterable<fc.AsyncCommand<Turns, Path>>> {
  const commands = [fc.constant(new Say(LAUNCH)), ...model.intentNames().map((intent) => stepArbitrary(model, intent).map((step) => new Say(step)))];
  return fc.commands(commands, { maxCommands: depth, size: 'max' });
}

/** A path given as steps, in the form fast-check runs (an example tried before the random sequences). */
export const sayAll = (steps: readonly Step[]): Say[] => steps.map((step) => new Say(step));

export { LAUNCH };
