import type { InSkillProduct } from '../types/index.js';
import type { Entry } from './types.js';

type IspFlow = 'list' | 'offer' | 'premium' | 'response' | 'consume';
export type PurchaseName = 'Buy' | 'Upsell' | 'Cancel';

/** What the ISP family records with each of its entries, for the ISP checks. */
export interface IspMeta {
  flow: IspFlow;
  /** The flow's run within the trace: entries of one run share it. */
  run: number;
  /** The step's index in its flow, and whether it is the flow's last. */
  step: number;
  last: boolean;
  /** The catalog the mock held for this probe, as this user sees it. */
  catalog: InSkillProduct[];
  /** The fault the mock injected for this probe's calls. */
  fault?: string;
  /** premium: which entry of isp.premium, and how its products were entitled. */
  premium?: number;
  entitled?: 'ENTITLED' | 'NOT_ENTITLED';
  /** premium, NOT_ENTITLED: the indices of the ENTITLED answers to compare with. */
  entitledAt?: number[];
  /** consume, the use past the units bought: the indices of the allowed uses' answers to compare with. */
  allowedAt?: number[];
  /** consume: the units of each consumable bought, and the uses the config allows per unit. */
  units?: number;
  usesPerUnit?: number;
  /** response: the Connections.Response sent, and whether its token is one the skill issued. */
  name?: PurchaseName;
  purchaseResult?: string;
  token?: 'issued' | 'unknown';
}

export const ispMeta = (entry: Entry): IspMeta | undefined => (entry.role === 'isp' ? (entry.meta['isp'] as IspMeta | undefined) : undefined);
