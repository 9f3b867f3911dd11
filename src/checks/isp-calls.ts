/** Readers of the calls a skill made to the In-Skill Product Service while answering one request. */
import { isProductUrl, routeOf } from '../mocks/isp/paths.js';
import type { OutboundCall } from '../targets/exchange.js';
import { ispMeta } from './isp-meta.js';
import { isObject } from './response-shape.js';
import type { Entry, Trace } from './types.js';

/** The product calls of an entry, on any host (a blocked call to a hard-coded host included). */
export const productCalls = (entry: Entry): OutboundCall[] => entry.exchange.outbound.filter((c) => isProductUrl(c.url));

export const isListCall = (call: OutboundCall): boolean => {
  try {
    return routeOf(new URL(call.url).pathname)?.kind === 'list';
  } catch {
    return false;
  }
};

/** The call reached the mock (it was not blocked on another host). */
export const reached = (call: OutboundCall): boolean => !call.blocked && call.status !== undefined;

export const originOf = (url: string | undefined): string | undefined => {
  try {
    return url === undefined ? undefined : new URL(url).origin;
  } catch {
    return undefined;
  }
};

/** What the request told the skill: where the APIs are, its token, its locale. */
export function requestFacts(entry: Entry): { apiEndpoint?: string; apiAccessToken?: string; locale?: string } {
  const request = isObject(entry.exchange.request) ? entry.exchange.request : {};
  const context = isObject(request['context']) ? request['context'] : {};
  const system = isObject(context['System']) ? context['System'] : {};
  const inner = isObject(request['request']) ? request['request'] : {};
  const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
  const facts: { apiEndpoint?: string; apiAccessToken?: string; locale?: string } = {};
  const apiEndpoint = str(system['apiEndpoint']);
  const apiAccessToken = str(system['apiAccessToken']);
  const locale = str(inner['locale']);
  if (apiEndpoint !== undefined) facts.apiEndpoint = apiEndpoint;
  if (apiAccessToken !== undefined) facts.apiAccessToken = apiAccessToken;
  if (locale !== undefined) facts.locale = locale;
  return facts;
}

/** The entries of the same ISP flow run as `entry`, in order. */
export function sameRun(entry: Entry, trace: Trace): Entry[] {
  const run = ispMeta(entry)?.run;
  return run === undefined ? [entry] : trace.entries.filter((e) => ispMeta(e)?.run === run);
}

/** A list answer's page, when the call got one. */
export function pageOf(call: OutboundCall): { products: unknown[]; isTruncated: boolean; nextToken?: string } | undefined {
  if (call.status !== 200 || !isObject(call.answer) || !Array.isArray(call.answer['inSkillProducts'])) return undefined;
  const next = call.answer['nextToken'];
  return { products: call.answer['inSkillProducts'], isTruncated: call.answer['isTruncated'] === true, ...(typeof next === 'string' ? { nextToken: next } : {}) };
}

export const queryValue = (call: OutboundCall, name: string): string | null => {
  try {
    return new URL(call.url).searchParams.get(name);
  } catch {
    return null;
  }
};

/** A short form of a call for messages: method and path (the mock's port changes from run to run), host when `withHost`. */
export const described = (call: OutboundCall, withHost = false): string => {
  try {
    const url = new URL(call.url);
    return `${call.method} ${withHost ? url.origin : ''}${url.pathname}`;
  } catch {
    return `${call.method} ${call.url}`;
  }
};
