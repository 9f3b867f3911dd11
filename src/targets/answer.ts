import { RAW_LIMIT } from './exchange.js';

/** Parses an answer's text as JSON; what is not JSON is kept (cut short) as raw text with the reason. */
export function parseAnswer(text: string): { body?: unknown; raw?: string; error?: string } {
  if (text.trim() === '') return { raw: '', error: 'the answer body is empty' };
  try {
    return { body: JSON.parse(text) as unknown };
  } catch {
    return { raw: text.slice(0, RAW_LIMIT), error: `the answer is not JSON (starts ${JSON.stringify(text.slice(0, 40))})` };
  }
}
