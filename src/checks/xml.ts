/**
 * A small well-formedness check for SSML: XML 1.0 elements, attributes, character and entity
 * references, comments and CDATA, with exactly one root element that must be <speak>.
 * Returns the first problem, or undefined when the text is well-formed.
 */
const NAME = /^[A-Za-z_:][\w.:-]*/;
const REFERENCE = /^&(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9A-Fa-f]+);/;

export function ssmlProblem(text: string): string | undefined {
  const open: string[] = [];
  let roots = 0;
  let i = text.startsWith('<?xml') ? skipDeclaration(text) : 0;
  if (i < 0) return 'the XML declaration is not closed';
  while (i < text.length) {
    const ch = text[i];
    if (ch === '<') {
      if (text.startsWith('<!--', i)) {
        const end = text.indexOf('-->', i + 4);
        if (end < 0) return `a comment at ${i} is not closed`;
        i = end + 3;
      } else if (text.startsWith('<![CDATA[', i)) {
        if (open.length === 0) return `CDATA at ${i} stands outside the root element`;
        const end = text.indexOf(']]>', i);
        if (end < 0) return `CDATA at ${i} is not closed`;
        i = end + 3;
      } else if (text[i + 1] === '/') {
        const name = NAME.exec(text.slice(i + 2))?.[0];
        if (!name) return `a closing tag at ${i} has no name`;
        const close = text.indexOf('>', i);
        if (close < 0 || text.slice(i + 2 + name.length, close).trim() !== '') return `the closing tag </${name}> at ${i} is malformed`;
        const expected = open.pop();
        if (expected !== name) return expected ? `</${name}> at ${i} closes <${expected}>` : `</${name}> at ${i} closes nothing`;
        i = close + 1;
      } else {
        const tag = readTag(text, i);
        if (typeof tag === 'string') return tag;
        if (open.length === 0) {
          roots++;
          if (roots > 1) return `a second root element <${tag.name}> at ${i}`;
          if (tag.name !== 'speak') return `the root element is <${tag.name}>, not <speak>`;
        }
        if (!tag.selfClosing) open.push(tag.name);
        i = tag.end;
      }
    } else if (ch === '&') {
      if (open.length === 0) return `text outside the root element at ${i}`;
      const ref = REFERENCE.exec(text.slice(i, i + 12));
      if (!ref) return `a bare "&" at ${i}: write &amp;`;
      i += ref[0].length;
    } else if (ch === '>' && open.length === 0) {
      return `text outside the root element at ${i}`;
    } else {
      if (open.length === 0 && !/\s/.test(ch ?? '')) return `text outside the root element at ${i}`;
      i++;
    }
  }
  if (open.length > 0) return `<${open[open.length - 1]}> is not closed`;
  if (roots === 0) return 'there is no <speak> element';
  return undefined;
}

function skipDeclaration(text: string): number {
  const end = text.indexOf('?>');
  return end < 0 ? -1 : end + 2;
}

function readTag(text: string, start: number): { name: string; selfClosing: boolean; end: number } | string {
  const name = NAME.exec(text.slice(start + 1))?.[0];
  if (!name) return `a "<" at ${start} starts no tag: write &lt;`;
  let i = start + 1 + name.length;
  const seen = new Set<string>();
  for (;;) {
    const gap = /^\s*/.exec(text.slice(i))?.[0].length ?? 0;
    i += gap;
    if (text.startsWith('/>', i)) return { name, selfClosing: true, end: i + 2 };
    if (text[i] === '>') return { name, selfClosing: false, end: i + 1 };
    if (i >= text.length) return `the tag <${name}> at ${start} is not closed`;
    if (gap === 0) return `the tag <${name}> at ${start} needs a space before its next attribute`;
    const attr = NAME.exec(text.slice(i))?.[0];
    if (!attr) return `the tag <${name}> at ${start} has a malformed attribute`;
    if (seen.has(attr)) return `the tag <${name}> at ${start} repeats the attribute ${attr}`;
    seen.add(attr);
    i += attr.length;
    const eq = /^\s*=\s*/.exec(text.slice(i))?.[0];
    if (!eq) return `the attribute ${attr} of <${name}> at ${start} has no value`;
    i += eq.length;
    const quote = text[i];
    if (quote !== '"' && quote !== "'") return `the attribute ${attr} of <${name}> at ${start} is not quoted`;
    const close = text.indexOf(quote, i + 1);
    if (close < 0) return `the attribute ${attr} of <${name}> at ${start} is not closed`;
    const value = text.slice(i + 1, close);
    if (value.includes('<')) return `the attribute ${attr} of <${name}> at ${start} contains "<"`;
    const amp = value.search(/&(?!(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9A-Fa-f]+);)/);
    if (amp >= 0) return `the attribute ${attr} of <${name}> at ${start} has a bare "&"`;
    i = close + 1;
  }
}
