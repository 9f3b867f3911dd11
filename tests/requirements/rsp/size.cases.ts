import { skillCases } from '../../helpers/check-cases.js';
import { bodyOf, entryOf, traceOf } from '../../helpers/traces.js';

/** A response whose JSON is exactly `bytes` long: a Simple card padded to size. */
function sized(bytes: number) {
  const body = (pad: number) => bodyOf('Here is your list.', { card: { type: 'Simple', title: 'List', content: 'x'.repeat(pad) } });
  const pad = bytes - JSON.stringify(body(0)).length;
  return traceOf([entryOf('launch', body(pad))]);
}

export default skillCases([
  { name: 'a response of 24,576 bytes', trace: sized(24 * 1024), fires: false },
  { name: 'a response of 24,577 bytes', trace: sized(24 * 1024 + 1), fires: true, message: /^the response is 24577 bytes; at most 24576 are allowed$/ },
]);
