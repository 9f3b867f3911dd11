import { type FamilyResult } from '../report/tally.js';
import { FAMILIES, familyByName } from '../scenarios/families.js';
import type { Family } from '../scenarios/family.js';
import type { StrayCall, Target } from '../targets/exchange.js';
import { withRun } from './context.js';
import { runFamily, whySkipped } from './family-run.js';
import { planOf, selection, type RunOptions } from './options.js';
import { unitKey, unitsOf, type Unit } from './units.js';

interface Started {
  result: Promise<FamilyResult>;
  /** Probes sent so far: a long unit's progress. */
  sent: number;
  /** Settles at the unit's first probe, or when it ends without one: its synchronous start is over by then. */
  probing: Promise<void>;
}

/**
 * Runs the units of one conformance run against one open target, each in a run of its own (its own mock
 * APIs and ids), as many at once as are started: the skill is loaded and the schemas compiled once, and a unit
 * that waits on the skill (a slow product service) holds no other. Each unit's result is what it would be alone,
 * so a report does not depend on which units ran together.
 *
 * The calls the skill made while its module loaded (taken when the runner is made) are filed with the first unit
 * in family order that probes anything: the family that would have run first had the families run one by one.
 */
export class UnitRunner {
  readonly units: readonly Unit[];
  private readonly started = new Map<string, Started>();
  private readonly owner: string | undefined;
  private loading: StrayCall[];
  /** Set by stop(): the units' requests are no longer sent. */
  private stopped = false;
  /**
   * What units wait for before they start: the slow probes of the units started first are waiting. Starting a
   * unit is synchronous work (its generators, its examples): done first, it would hold those probes back, and the
   * end of the run with them, by as long.
   */
  private slowUnderWay: Promise<void> = Promise.resolve();

  /** `split`: a family with shares runs one unit per share (one test each); otherwise whole. */
  constructor(
    private readonly options: RunOptions,
    private readonly target: Target,
    private readonly split: boolean,
    private readonly now?: Date,
  ) {
    this.units = split ? unitsOf(FAMILIES) : FAMILIES.map((f) => ({ family: f.name }));
    this.loading = target.takeStrayCalls?.() ?? [];
    // Skipping is decided from the options alone; the plan's endpoint plays no part in it.
    const run = { options, plan: planOf(options, 'http://127.0.0.1', now), selected: selection(options.only) };
    const first = this.units.find((u) => !whySkipped(familyOf(u), run));
    this.owner = first ? unitKey(first) : undefined;
  }

  /** Whether a test of this name belongs to the run. */
  knows(key: string): boolean {
    return this.units.some((u) => unitKey(u) === key);
  }

  /** The share a unit's key names, if it names one. */
  shareOf(key: string): number | undefined {
    return this.units.find((u) => unitKey(u) === key)?.share;
  }

  /** The unit's result: started now unless it already was. */
  result(key: string): Promise<FamilyResult> {
    return this.start(key).result;
  }

  /** Probes the unit has sent so far (0 before it starts). */
  sent(key: string): number {
    return this.started.get(key)?.sent ?? 0;
  }

  /**
   * Starts every unit not yet started, in order; but a family that starts a slow probe first (a product service
   * answering late) before all: the others start once that probe waits, so that its wait overlaps them, and that
   * family goes on once they have started. While a unit starts, its synchronous work keeps the event loop, and the
   * mock APIs on it, from answering anyone: only the held slow probe is in flight then, whose call has arrived, so
   * no skill's call to a mock waits out its guard time on a start (calls that missed the probe they belong to
   * would change what a run judges). A skill that hangs on the slow probe holds the others for its timeout.
   */
  startAll(keys: readonly string[] = this.units.map(unitKey)): void {
    const slowFirst = (key: string): boolean => {
      const family = familyByName(this.units.find((u) => unitKey(u) === key)?.family ?? '');
      return family?.kind === 'property' && family.startsFirst !== undefined;
    };
    const slow = keys.filter((key) => slowFirst(key) && !this.started.has(key));
    if (slow.length === 0) {
      for (const key of keys) this.start(key).result.catch(() => undefined);
      return;
    }
    let othersStarted: () => void = () => undefined;
    const others = new Promise<void>((resolve) => (othersStarted = resolve));
    const waiting = slow.map(
      (key) =>
        new Promise<void>((resolve) => {
          const unit = this.start(key, () => {
            resolve();
            return others;
          });
          unit.result.finally(resolve).catch(() => undefined);
        }),
    );
    this.slowUnderWay = Promise.all(waiting).then(() => undefined);
    const rest = keys.filter((key) => !this.started.has(key)).map((key) => this.start(key));
    for (const unit of rest) unit.result.catch(() => undefined);
    void Promise.all(rest.map((unit) => unit.probing)).then(othersStarted);
  }

  /**
   * Stops sending: a request of a unit still running is not sent (an exchange marked notSent, which nothing judges),
   * so that a run whose reporting ended early (Playwright gone) does not go on probing, or open the closed target
   * again, with nobody left to ask for the result.
   */
  stop(): void {
    this.stopped = true;
  }

  /**
   * `underWay`: the unit starts at once, tells once its slow probes are waiting (or it has none) and goes on when
   * the promise returned settles.
   */
  private start(key: string, underWay?: () => Promise<void>): Started {
    const running = this.started.get(key);
    if (running) return running;
    const unit = this.units.find((u) => unitKey(u) === key);
    if (!unit) throw new Error(`no test named ${key} in this run`);
    const family = familyOf(unit);
    const share = unit.share === undefined || family.kind !== 'matrix' ? undefined : family.shares?.[unit.share];
    let probed: () => void = () => undefined;
    const started: Started = {
      result: Promise.resolve({ family: family.name, probes: 0, observedTasks: [], requirements: {} }),
      sent: 0,
      probing: new Promise<void>((resolve) => (probed = resolve)),
    };
    const target = this.unitTarget(key, started, probed);
    const run = (): Promise<FamilyResult> =>
      withRun(this.options, (context) => runFamily(family, { run: context, target, ...(share ? { cases: share.cases } : {}), ...(underWay ? { underWay } : {}) }), this.now ? { now: this.now } : {});
    started.result = (underWay ? run() : this.slowUnderWay.then(run)).finally(probed);
    this.started.set(key, started);
    return started;
  }

  /** The shared target as one unit sees it: its sends counted, and the loading calls given to the owner alone. */
  private unitTarget(key: string, started: Started, probed: () => void): Target {
    const { target } = this;
    return {
      kind: target.kind,
      location: target.location,
      concurrency: target.concurrency,
      ...(target.notes ? { notes: target.notes } : {}),
      send: (envelope, options) => {
        if (this.stopped) return Promise.resolve({ request: envelope, bytes: 0, ms: 0, outbound: [], notSent: true, error: 'the run was stopped' });
        started.sent++;
        probed();
        return target.send(envelope, options);
      },
      takeStrayCalls: () => {
        const loading = key === this.owner ? this.loading.splice(0) : [];
        return [...loading, ...(target.takeStrayCalls?.() ?? [])];
      },
      // The runner's owner closes the shared target.
      close: () => Promise.resolve(),
    };
  }
}

function familyOf(unit: Unit): Family {
  const family = familyByName(unit.family);
  if (!family) throw new Error(`no scenario family named ${unit.family}`);
  return family;
}
