import type { ReportedViolation } from '../types/index.js';
import { esc, jsonHtml } from './html-text.js';

/** A titled block of preformatted text with a copy button (shown by the page's script). */
function block(title: string, inner: string, kind: 'cmd' | 'json'): string {
  return `<div class="block ${kind}"><div class="block-head">${esc(title)}<button class="copy" type="button" hidden>Copy</button></div><pre><code>${inner}</code></pre></div>`;
}

const pair = (left: string, right: string): string => `<div class="pair">${left}${right}</div>`;

/** The facts of a violation besides its evidence: seed, case, shrinking, transport. */
function facts(v: ReportedViolation, seed: number): string {
  const rows: [string, string][] = [['seed', String(seed)]];
  if (v.case) rows.push(['case', v.case]);
  if (v.alsoIn?.length) rows.push(['same finding in', v.alsoIn.join('; ')]);
  if (v.shrunk !== undefined) rows.push(['shrunk', `${v.shrunk} step${v.shrunk === 1 ? '' : 's'}`]);
  if (v.status !== undefined) rows.push(['HTTP status', String(v.status)]);
  if (v.error) rows.push(['error', v.error]);
  return `<dl>${rows.map(([k, value]) => `<dt>${esc(k)}</dt><dd>${esc(value)}</dd>`).join('')}</dl>`;
}

/**
 * One violation, closed until opened: the replay command (and curl line), the request and response,
 * and for a differential check the two responses side by side, then the two requests.
 */
export function violationHtml(v: ReportedViolation, seed: number): string {
  const parts = [facts(v, seed), block('Replay', esc(v.replay), 'cmd')];
  if (v.curl) parts.push(block('curl', esc(v.curl), 'cmd'));
  if (v.curlNote) parts.push(`<p class="note">${esc(v.curlNote)}</p>`);
  if (v.compare) {
    parts.push(
      pair(block(`Response: ${v.scenario}`, jsonHtml(v.response), 'json'), block(`Compared with: ${v.compare.label}`, jsonHtml(v.compare.response), 'json')),
      pair(block(`Request: ${v.scenario}`, jsonHtml(v.request), 'json'), block(`Request: ${v.compare.label}`, jsonHtml(v.compare.request), 'json')),
    );
  } else {
    parts.push(pair(block('Request', jsonHtml(v.request), 'json'), block('Response', jsonHtml(v.response), 'json')));
  }
  if (v.headers) parts.push(block('Request headers', jsonHtml(v.headers), 'json'));
  if (v.console) parts.push(block("The skill's console while answering", esc(v.console), 'cmd'));
  if (v.outbound?.length) parts.push(block(`Calls to the mock Amazon APIs (${v.outbound.length})`, jsonHtml(v.outbound), 'json'));
  return (
    `<details class="violation"><summary><span class="scenario">${esc(v.scenario)}</span> ${esc(v.message)}</summary>` +
    `<div class="evidence">${parts.join('')}</div></details>`
  );
}
