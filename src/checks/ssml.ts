/**
 * RSP-SSML's reading of one SSML string: well-formed XML (saxes, a strict parser) with one <speak>
 * root, and only the tags and attributes Alexa supports (schemas/alexa/ssml-tags.json).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SaxesParser } from 'saxes';
import { schemasDir } from '../schema/paths.js';
import { memoized } from './memo.js';

interface SsmlTags {
  tags: Record<string, { attributes: string[] }>;
  audio: { schemes: string[]; maxPerResponse: number };
}

let table: SsmlTags | undefined;

/** The supported tags and the <audio> limits, read once a process. */
export function ssmlTags(): SsmlTags {
  return (table ??= JSON.parse(readFileSync(join(schemasDir(), 'alexa', 'ssml-tags.json'), 'utf8')) as SsmlTags);
}

export interface SsmlReading {
  /** The first well-formedness error, with its line:column; the rest is not read further. */
  malformed?: string;
  /** Tags, attributes and audio sources Alexa does not accept. */
  unsupported: string[];
  /** The src of each <audio>. */
  audio: string[];
}

const REFERENCE = /&(?:[A-Za-z_:][\w.:-]*|#[0-9]+|#x[0-9A-Fa-f]+);/y;

/** Where a bare "&" stands (line:column), which a parser reports only as the error it causes later. */
function bareAmpersand(text: string): string | undefined {
  let line = 1;
  let column = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    column++;
    if (ch === '\n') {
      line++;
      column = 0;
    } else if (ch === '&') {
      REFERENCE.lastIndex = i;
      if (!REFERENCE.test(text)) return `${line}:${column}`;
    }
  }
  return undefined;
}

const namespaceDeclaration = (name: string): boolean => name === 'xmlns' || name.startsWith('xmlns:');

/**
 * The reading of an SSML string, made once per text (the main job's 2,818 answers hold 82 different SSML
 * strings); shared, so frozen.
 */
export const readSsml = memoized((text: string): Readonly<SsmlReading> => {
  const reading = read(text);
  Object.freeze(reading.unsupported);
  Object.freeze(reading.audio);
  return Object.freeze(reading);
}, 2_000);

function read(text: string): SsmlReading {
  const { tags, audio: limits } = ssmlTags();
  const reading: SsmlReading = { unsupported: [], audio: [] };
  const parser = new SaxesParser({ position: true });
  let depth = 0;
  parser.on('error', (error) => {
    reading.malformed ??= error.message.replace(/\.$/, '');
  });
  parser.on('opentag', (tag) => {
    if (depth === 0 && tag.name !== 'speak') reading.malformed ??= `the root element is <${tag.name}>, not <speak>`;
    depth++;
    const supported = Object.hasOwn(tags, tag.name) ? tags[tag.name] : undefined;
    if (!supported) {
      reading.unsupported.push(`<${tag.name}> is not a tag Alexa supports`);
      return;
    }
    for (const name of Object.keys(tag.attributes)) {
      if (!supported.attributes.includes(name) && !namespaceDeclaration(name)) reading.unsupported.push(`<${tag.name}> takes no attribute ${name}`);
    }
    if (tag.name === 'audio') {
      const src = tag.attributes['src'];
      if (typeof src !== 'string' || src.trim() === '') reading.unsupported.push('<audio> has no src');
      else {
        reading.audio.push(src);
        const scheme = /^[a-z][a-z0-9+.-]*:/i.exec(src.trim())?.[0].toLowerCase();
        if (!scheme || !limits.schemes.includes(scheme)) reading.unsupported.push(`<audio src="${src.slice(0, 120)}"> is not served over https`);
      }
    }
  });
  parser.on('closetag', () => {
    depth--;
  });
  try {
    parser.write(text).close();
  } catch (error) {
    reading.malformed ??= error instanceof Error ? error.message : String(error);
  }
  if (reading.malformed) {
    const amp = bareAmpersand(text);
    if (amp) reading.malformed = `a bare "&" at ${amp}: write &amp;`;
  }
  return reading;
}
