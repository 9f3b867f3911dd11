import type { FamilyResult } from '../run/family-run.js';
import { FAMILIES } from '../scenarios/families.js';

/** The request-verification probes an unsigned request stands behind: a skill checking signatures refuses them all anyway. */
const UNSIGNED_REFUSED =
  "the unsigned control request was refused, so a refusal of this probe would show nothing: run them with signature verification off (and the skill's own applicationId in the config)";

/** Why a requirement that nothing judged is not applicable, in the reader's terms. */
const SPECIFIC: Record<string, string> = {
  'SHOP-HANDOVER': 'no action is configured, so no steps were expected to hand over',
  'SHOP-DIRECTIVE': 'no response carried a StartConnection for a shopping task',
  'SHOP-URI': 'no response carried a StartConnection for a shopping task',
  'SHOP-LIST-TYPE': 'no response started AddToList',
  'SHOP-RECOMMEND-COUNT': 'no response started RecommendShoppingProducts',
  'SHOP-RECOMMEND-ERRORS-ONLY': 'no response started RecommendShoppingProducts',
  'SHOP-SINGLE-PRODUCT': 'no response started AddToShoppingCart, AddToList or BuyShoppingProducts',
  'SHOP-SESSION-FLAG': 'no response carried a StartConnection for a shopping task',
  'SHOP-NO-PLAYER': 'no response carried a StartConnection for a shopping task',
  'SHOP-ONE-TASK': 'no response carried a StartConnection for a shopping task',
  'SHOP-TOKEN': 'no response carried a StartConnection for a shopping task',
  'SHOP-CONSENT': 'no LaunchRequest, AMAZON.NoIntent, CancelIntent, StopIntent, HelpIntent or FallbackIntent was answered',
  'SHOP-DECLINE': 'no configured action has an AMAZON.YesIntent step to decline in its place (or its answer started a shopping task: see SHOP-CONSENT)',
  'SHOP-ATTRIBUTION': 'no response carried a StartConnection for a shopping task',
  'RESUME-HANDLED': 'no hand-over asked Alexa to resume the session (only cart, buy and list hand-overs with onCompletion RESUME_SESSION or none are resumed)',
  'RESUME-CONTINUES': 'no hand-over asked Alexa to resume the session (only cart, buy and list hand-overs with onCompletion RESUME_SESSION or none are resumed)',
  'RESUME-DISTINGUISHES-RESULT': 'no resume with a failed result and the issued token could be compared with a successful one (did the hand-over issue a token?)',
  'RESUME-SILENT-ERROR': 'no resume after a failed BuyShoppingProducts was answered (the page asks for silence about the error after a failed purchase only)',
  'RESUME-NO-RETRY-LOOP': 'no resume after a failed task was answered',
  'ROBUST-UNKNOWN-FIELDS': 'no request was sent with unknown properties',
  'LAUNCH-RESPONDS': 'no LaunchRequest was answered',
  'SESSION-ENDED-SILENT': 'no SessionEndedRequest was answered',
  'ISP-ENDPOINT': 'the skill made no in-skill product call and the config declares no isp.list steps',
  'ISP-AUTH': 'no call reached the In-Skill Product Service at context.System.apiEndpoint',
  'ISP-LANGUAGE': 'no call reached the In-Skill Product Service at context.System.apiEndpoint',
  'ISP-QUERY': 'no product listing reached the In-Skill Product Service at context.System.apiEndpoint',
  'ISP-OFFER-PURCHASABLE': 'no response offered a product (Connections.SendRequest Buy or Upsell) and the config declares no isp.offer steps',
  'ISP-FAULTS': 'no call reached the In-Skill Product Service while it was failing',
  'ISP-PREMIUM-GATE': 'no isp.premium steps were answered with the product service working both times (ENTITLED and NOT_ENTITLED)',
  'ISP-PAGINATION': 'the product service never answered isTruncated true (no listing reached it, or every catalog fit one page)',
  'SEC-TIMESTAMP': UNSIGNED_REFUSED,
  'SEC-TIMESTAMP-FUTURE': UNSIGNED_REFUSED,
  'SEC-APPLICATION-ID': UNSIGNED_REFUSED,
};

export interface NoteFacts {
  results: readonly FamilyResult[];
  selected: (id: string) => boolean;
  only?: readonly string[];
  caseId?: string;
}

/** The note of a requirement with no probes. */
export function notApplicableNote(id: string, facts: NoteFacts): string {
  if (!facts.selected(id)) return `not run: --only selects ${facts.only?.join(', ')}`;
  if (facts.caseId) return `not judged in the replayed case ${facts.caseId}`;
  const judging = FAMILIES.filter((f) => f.requirements.includes(id)).map((f) => facts.results.find((r) => r.family === f.name));
  const stalled = facts.results.filter((r) => r.stalled);
  if (stalled.length > 0 && judging.some((r) => r?.stalled)) return `not judged: ${stalled[0]?.stalled} during ${stalled.map((r) => r.family).join(', ')}`;
  const skipped = judging.filter((r): r is FamilyResult => r?.skipped !== undefined);
  if (judging.length > 0 && skipped.length === judging.length) return `not probed: ${[...new Set(skipped.map((r) => r.skipped))].join('; ')}`;
  const unjudged = facts.results.map((r) => r.unjudged?.[id]).find((why) => why !== undefined);
  if (unjudged) return `not judged: ${unjudged}`;
  return `not probed: ${SPECIFIC[id] ?? 'no scenario of this run produced what this requirement judges'}`;
}
