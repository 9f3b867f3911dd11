/**
 * The stylesheet and script inlined in report.html. Both are constants, never built from report data,
 * so the page's Content-Security-Policy can allow exactly these two by hash: should some text from the
 * skill ever escape its escaping, the browser would still refuse to run or style with it.
 */
import { createHash } from 'node:crypto';

export const STYLE = `
:root { --pass: #1a7f37; --fail: #cf222e; --na: #6e7781; --should: #9a6700; --line: #d0d7de; --soft: #f6f8fa; --ink: #1f2328; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1200px; padding: 16px 24px 48px; font: 14px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--ink); }
code, pre { font: 12px/1.45 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
h1 { font-size: 24px; margin: 0 0 4px; }
h2 { font-size: 18px; margin: 28px 0 8px; padding-bottom: 4px; border-bottom: 1px solid var(--line); }
h3 { font-size: 14px; margin: 0; display: inline; }
a { color: #0969da; }
.verdict { border: 2px solid var(--line); border-left-width: 12px; border-radius: 6px; padding: 12px 16px; }
.verdict.pass { border-color: var(--pass); }
.verdict.fail { border-color: var(--fail); }
.verdict-word { font-weight: 700; }
.verdict.pass .verdict-word { color: var(--pass); }
.verdict.fail .verdict-word { color: var(--fail); }
.lede { font-size: 16px; margin: 4px 0 8px; }
.notice { border-radius: 6px; padding: 8px 12px; margin: 8px 0; background: #fff8c5; border: 1px solid #d4a72c; }
.notice ul { margin: 4px 0 0; padding-left: 20px; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; margin: 8px 0; }
.facts dt { color: var(--na); }
.facts dd { margin: 0; overflow-wrap: anywhere; }
table.tally { border-collapse: collapse; margin: 8px 0; }
table.tally th, table.tally td { border: 1px solid var(--line); padding: 2px 12px; text-align: right; }
table.tally th:first-child { text-align: left; }
.failing-list { margin: 8px 0 0; }
.filters { position: sticky; top: 0; z-index: 1; background: #fff; display: flex; flex-wrap: wrap; gap: 8px 20px; align-items: center; padding: 10px 0; border-bottom: 1px solid var(--line); }
.filters label { cursor: pointer; user-select: none; }
.filters .shown { color: var(--na); margin-left: auto; }
button { font: inherit; font-size: 12px; padding: 2px 10px; border: 1px solid var(--line); border-radius: 6px; background: var(--soft); cursor: pointer; }
button:hover { background: #eaeef2; }
.req { border: 1px solid var(--line); border-radius: 6px; padding: 8px 12px; margin: 8px 0; }
.req.fail { border-left: 4px solid var(--fail); }
.req-head { display: flex; flex-wrap: wrap; gap: 4px 10px; align-items: baseline; }
.req-head .probes { color: var(--na); margin-left: auto; }
.source { color: var(--na); margin: 2px 0 0; font-size: 13px; }
.note { margin: 4px 0 0; }
.basis { margin: 4px 0 0; font-size: 13px; }
blockquote.basis { border-left: 3px solid var(--na); padding-left: 8px; font-style: italic; }
.console { white-space: pre-wrap; }
.badge { display: inline-block; min-width: 44px; text-align: center; font-size: 11px; font-weight: 700; text-transform: uppercase; border-radius: 10px; padding: 0 8px; color: #fff; }
.badge.pass { background: var(--pass); }
.badge.fail { background: var(--fail); }
.badge.not-applicable { background: var(--na); }
.badge.level { background: #fff; color: var(--ink); border: 1px solid var(--line); }
.badge.level.should { color: var(--should); border-color: var(--should); }
details.violation { border-top: 1px solid var(--line); margin-top: 8px; padding-top: 6px; }
details.violation > summary { cursor: pointer; overflow-wrap: anywhere; }
.scenario { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 12px; background: var(--soft); border-radius: 4px; padding: 0 4px; }
.evidence { padding: 6px 0 4px 16px; }
.evidence dl { display: grid; grid-template-columns: max-content 1fr; gap: 0 12px; margin: 4px 0; }
.evidence dt { color: var(--na); }
.evidence dd { margin: 0; overflow-wrap: anywhere; }
.block { margin: 8px 0; min-width: 0; }
.block-head { display: flex; gap: 8px; align-items: center; font-weight: 600; margin-bottom: 2px; }
pre { margin: 0; padding: 8px; background: var(--soft); border: 1px solid var(--line); border-radius: 6px; white-space: pre-wrap; overflow-wrap: anywhere; max-height: 480px; overflow: auto; }
.pair { display: grid; grid-template-columns: 1fr 1fr; gap: 12px; }
@media (max-width: 800px) { .pair { grid-template-columns: 1fr; } }
.j-key { color: #0550ae; }
.j-str { color: #0a3069; }
.j-num, .j-lit { color: #953800; }
.more { color: var(--na); margin: 6px 0 0; }
footer { margin-top: 32px; color: var(--na); font-size: 12px; }
body.failing-only .req:not(.fail), body.hide-must .req.must, body.hide-should .req.should, .area.empty { display: none; }
@media print {
  .badge, .verdict, .req.fail { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  body { max-width: none; padding: 0; font-size: 11px; }
  .filters, button { display: none !important; }
  body.failing-only .req, body.hide-must .req, body.hide-should .req, .area.empty { display: block !important; }
  details::details-content { content-visibility: visible; display: block; }
  details > summary { list-style: none; }
  pre { max-height: none; overflow: visible; page-break-inside: auto; }
  .req { break-inside: avoid-page; }
  .req.fail { break-inside: auto; }
  a { color: inherit; text-decoration: none; }
}
`;

export const SCRIPT = `
(() => {
  const body = document.body;
  const filters = document.querySelector('.filters');
  const reqs = Array.from(document.querySelectorAll('.req'));
  const apply = () => {
    const failingOnly = document.getElementById('failing-only').checked;
    const must = document.getElementById('level-must').checked;
    const should = document.getElementById('level-should').checked;
    body.classList.toggle('failing-only', failingOnly);
    body.classList.toggle('hide-must', !must);
    body.classList.toggle('hide-should', !should);
    const visible = (r) => (!failingOnly || r.classList.contains('fail')) && (r.classList.contains('must') ? must : should);
    for (const area of document.querySelectorAll('.area')) area.classList.toggle('empty', !Array.from(area.querySelectorAll('.req')).some(visible));
    document.getElementById('shown').textContent = reqs.filter(visible).length + ' of ' + reqs.length + ' requirements shown';
  };
  filters.hidden = false;
  for (const input of filters.querySelectorAll('input')) input.addEventListener('change', apply);
  apply();
  const all = () => Array.from(document.querySelectorAll('details'));
  document.getElementById('expand-all').addEventListener('click', () => all().forEach((d) => { d.open = true; }));
  document.getElementById('collapse-all').addEventListener('click', () => all().forEach((d) => { d.open = false; }));
  const copy = (text) => {
    const fallback = () => {
      const area = document.createElement('textarea');
      area.value = text;
      body.appendChild(area);
      area.select();
      const ok = document.execCommand('copy');
      area.remove();
      return ok ? Promise.resolve() : Promise.reject(new Error('copy refused'));
    };
    return navigator.clipboard ? navigator.clipboard.writeText(text).catch(fallback) : fallback();
  };
  for (const button of document.querySelectorAll('button.copy')) {
    button.hidden = false;
    button.addEventListener('click', () => {
      const source = button.closest('.block').querySelector('pre');
      const label = button.textContent;
      copy(source.textContent).then(() => { button.textContent = 'Copied'; }, () => { button.textContent = 'Select and copy'; });
      setTimeout(() => { button.textContent = label; }, 1500);
    });
  }
  // Printing shows every requirement and every violation, whatever is open or filtered on screen.
  let closed = [];
  addEventListener('beforeprint', () => { closed = all().filter((d) => !d.open); closed.forEach((d) => { d.open = true; }); });
  addEventListener('afterprint', () => { closed.forEach((d) => { d.open = false; }); closed = []; });
  // A link to a requirement (#RSP-HTTP) opens its first violation.
  const target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
  const first = target && target.querySelector('details');
  if (first) first.open = true;
})();
`;

const hash = (text: string): string => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** Nothing loads from anywhere, and only the two inline blocks above may style or run. */
export const CONTENT_SECURITY_POLICY = `default-src 'none'; style-src ${hash(STYLE)}; script-src ${hash(SCRIPT)}; img-src data:; base-uri 'none'; form-action 'none'`;
