import type { IspCore, IspSetup } from '../mocks/isp/core.js';
import type { Prober } from '../scenarios/prober.js';
import { continueSession, envelope, nthSession, tokenOf, type SessionState, type Visit } from '../scenarios/envelope.js';
import { sessionOverBy, stepRequest } from '../scenarios/steps.js';
import type { Step } from '../types/index.js';
import { handOffOf, type HandOff } from './hand-off.js';

/** What the skill answered at the end of a path: the session after it, whether it is over, and any hand-off. */
interface Reached {
  state: SessionState;
  over: boolean;
  handOff?: HandOff;
}

/**
 * Sends paths to the skill, one session a path, as Alexa would: new=true first, the attributes the skill
 * returned after. Answers are kept by the path that led to them, so a path fast-check replays or shrinks to
 * costs a probe only where it leaves the paths already walked; `fresh` counts the probes sent.
 */
export class Walker {
  private readonly answers = new Map<string, Promise<Reached>>();
  fresh = 0;
  private sessions = 0;

  constructor(
    private readonly probe: Prober,
    private readonly visit: Visit,
    private readonly products: IspCore,
    private readonly setup: IspSetup,
  ) {}

  /** The answer to the path's last step, given the paths before it. */
  reach(path: readonly Step[]): Promise<Reached> {
    const key = JSON.stringify(path);
    let reached = this.answers.get(key);
    if (!reached) {
      reached = this.send(path);
      this.answers.set(key, reached);
    }
    return reached;
  }

  /** Each path's first request opens a session of its own, as Alexa gives each new session a new id. */
  private newSession(): SessionState {
    return nthSession(this.visit, this.sessions++);
  }

  private async send(path: readonly Step[]): Promise<Reached> {
    const step = path.at(-1);
    if (!step) return { state: this.newSession(), over: false };
    const before = path.length === 1 ? this.newSession() : (await this.reach(path.slice(0, -1))).state;
    const request = envelope(this.probe.ids, this.visit, before, stepRequest(step));
    const token = tokenOf(request);
    this.products.register(token, this.setup);
    this.fresh++;
    try {
      const exchange = await this.probe.send(request);
      const handOff = handOffOf(exchange.body);
      return { state: continueSession(before, exchange.body), over: sessionOverBy(exchange) !== undefined, ...(handOff ? { handOff } : {}) };
    } finally {
      this.products.forget(token);
    }
  }
}

/** One path as a fast-check command sequence runs it: the steps sent so far and where they ended. */
export class Path {
  readonly steps: Step[] = [];
  over = false;
  handOff: HandOff | undefined;

  constructor(private readonly walker: Walker) {}

  async say(step: Step): Promise<void> {
    this.steps.push(step);
    const reached = await this.walker.reach(this.steps);
    this.over = reached.over;
    this.handOff = reached.handOff;
  }
}
