import type { Exchange } from '../targets/exchange.js';
import type { InSkillProduct } from '../types/index.js';
import type { Lexicon } from './lexicon.js';

/** The four shopping tasks, by their task names. */
export const SHOPPING_TASKS = ['AddToShoppingCart', 'BuyShoppingProducts', 'AddToList', 'RecommendShoppingProducts'] as const;
export type ShoppingTask = (typeof SHOPPING_TASKS)[number];

/** What an entry of a trace was sent as. */
export type Role =
  | 'launch'
  | 'step'
  | 'handover'
  | 'slots'
  | 'resume'
  | 'exception'
  | 'refund'
  | 'session-ended'
  | 'robust-original'
  | 'robust-variant'
  | 'isp'
  | 'consent'
  | 'security';

/** Scenario facts about an entry that checks need (which task a resume ends, which result it carries, ...). */
export interface EntryMeta {
  task?: ShoppingTask;
  /** resume: cause.status.code as sent. */
  statusCode?: string;
  /** resume: cause.result as sent, absent for success. */
  result?: { code: string; message: string };
  token?: 'issued' | 'unknown' | 'absent';
  session?: 'continued' | 'fresh';
  /** resume: the index of the handover this resume follows. */
  handoverAt?: number;
  /** resume with a failed result: the index of the success resume to compare with. */
  successAt?: number;
  /** robust-variant: the index of the original request, and where unknown properties were injected. */
  originalAt?: number;
  injected?: string[];
  /** The last step a flow sent before its configured last, and why Alexa would send nothing more in the session. */
  stoppedAt?: { step: number; of: number; why: string };
  /** Free-form scenario facts for other families (ISP: the catalog, the fault). */
  [key: string]: unknown;
}

export interface Entry {
  /** Human label, stable across runs: "resume AddToList AlexaShopping.NoOffersFound status 200 token issued session fresh". */
  label: string;
  role: Role;
  exchange: Exchange;
  meta: EntryMeta;
}

/** The exchanges of one case of a scenario family, in the order they were sent. */
export interface Trace {
  family: string;
  /** Replays this case with --case. */
  caseId: string;
  entries: Entry[];
}

/** What the checks know of the run besides the trace. */
export interface CheckContext {
  timeoutMs: number;
  /** Tasks the config declares actions for. */
  declaredTasks: ReadonlySet<ShoppingTask>;
  /** The config marks the skill as an Amazon Associates on Alexa member (`associates: true`). */
  associates?: boolean;
  /** The run's product catalog, which the product-service mock serves every request an ISP scenario gives none of its own. */
  products?: readonly InSkillProduct[];
  /** The words language-dependent checks look for: the suite's lexicon with the config's added (absent: the suite's alone). */
  lexicon?: Lexicon;
}

/** A problem at one entry; `compareAt` names the other entry of a differential check. */
export interface Problem {
  message: string;
  compareAt?: number;
}

/**
 * One requirement's check: which entries it judges (each a probe), and what is wrong at one of them.
 * Both are pure functions of the trace.
 */
export interface Check {
  id: string;
  applies(entry: Entry, trace: Trace, ctx: CheckContext): boolean;
  problems(entry: Entry, trace: Trace, ctx: CheckContext, at: number): Problem[];
  /**
   * Why an entry this check would judge is left unjudged (a locale the lexicon has no words for), or
   * undefined. When the check judged nothing in a run, the report's note gives this reason.
   */
  unjudged?(entry: Entry, trace: Trace, ctx: CheckContext): string | undefined;
}
