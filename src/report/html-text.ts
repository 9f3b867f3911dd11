/**
 * Text into HTML. Everything a skill answered is untrusted (its speech may hold `</script>` or an
 * onerror attribute), so every string reaches the page through `esc`, and nothing reaches a script.
 */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export const esc = (text: string): string => text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);

/** Longest JSON shown inline; report.json keeps the whole value. */
const JSON_LIMIT = 100_000;

const TOKEN = /("(?:\\.|[^"\\])*")(\s*:)?|\b(?:true|false|null)\b|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/g;

/** A value as indented JSON with keys, strings and literals marked for colour; every piece escaped. */
export function jsonHtml(value: unknown): string {
  let text = value === undefined ? 'undefined' : (JSON.stringify(value, null, 2) ?? String(value));
  let cut = '';
  if (text.length > JSON_LIMIT) {
    cut = `\n… ${text.length - JSON_LIMIT} more characters in report.json`;
    text = text.slice(0, JSON_LIMIT);
  }
  let html = '';
  let at = 0;
  for (const match of text.matchAll(TOKEN)) {
    html += esc(text.slice(at, match.index));
    const [whole, string, colon] = match;
    if (string !== undefined) html += `<span class="${colon ? 'j-key' : 'j-str'}">${esc(string)}</span>${colon ? esc(colon) : ''}`;
    else html += `<span class="${/^[tfn]/.test(whole) ? 'j-lit' : 'j-num'}">${esc(whole)}</span>`;
    at = match.index + whole.length;
  }
  return html + esc(text.slice(at)) + esc(cut);
}
