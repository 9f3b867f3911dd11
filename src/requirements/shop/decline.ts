/**
 * SHOP-DECLINE: the NoIntent sent in place of a configured confirmation gets spoken words and starts no
 * task. A shopping StartConnection there is SHOP-CONSENT's finding on the same entry, so it is judged there.
 */
import { directivesOf, isObject, responseOf, spokenText } from '../../checks/response-shape.js';
import { shoppingDirectives } from '../../checks/tasks.js';
import type { Entry, Problem } from '../../checks/types.js';
import { skillRequirement } from '../define.js';

/** The task an entry's NoIntent declines (the decline probe of the consent family sets it). */
const declinedTask = (entry: Entry): string | undefined =>
  typeof entry.meta['declines'] === 'string' ? entry.meta['declines'] : undefined;

/** true when the speech says something: words, or an audio clip. */
function speaks(speech: unknown): boolean {
  if (spokenText(speech) !== '') return true;
  return isObject(speech) && typeof speech['ssml'] === 'string' && /<audio\s[^>]*src\s*=\s*["'][^"']+["']/i.test(speech['ssml']);
}

/** Directives that start a task other than a shopping one: an in-skill purchase, or a connection to another task. */
const otherTasks = (body: unknown): string[] =>
  directivesOf(body)
    .filter((d) => d['type'] === 'Connections.SendRequest' || d['type'] === 'Connections.StartConnection')
    .map((d) => (d['type'] === 'Connections.SendRequest' ? `Connections.SendRequest ${String(d['name'])}` : `Connections.StartConnection ${String(d['uri'])}`));

export default skillRequirement({
  entry: {
    id: 'SHOP-DECLINE',
    level: 'SHOULD',
    title: 'A declined offer is handled gracefully: AMAZON.NoIntent in place of an action\'s AMAZON.YesIntent step gets spoken words and starts no task. Ending the session is graceful when it is said (a goodbye), not when it is silent: the page asks for a graceful handling, which a customer cannot hear in silence. A shopping task started there is reported under SHOP-CONSENT.',
    source: {
      page: 'Implement Alexa Shopping Actions in Your Skill',
      section: 'Use skill connections with shopping tasks',
    },
    basis: 'documented',
    quote: 'Make sure that your skill handles decline and errors gracefully.',
  },
  check: {
    applies: (entry) => declinedTask(entry) !== undefined && isObject(entry.exchange.body) && shoppingDirectives(entry.exchange.body).length === 0,
    problems: (entry) => {
      const problems: Problem[] = [];
      const response = responseOf(entry.exchange.body);
      const task = declinedTask(entry) ?? 'the task';
      if (!speaks(response?.['outputSpeech'])) {
        const ends = response?.['shouldEndSession'] === true;
        problems.push({
          message: `AMAZON.NoIntent in place of the confirmation of ${task} got no speech${ends ? ' and the session ended in silence' : ''}: a declined offer is answered in words`,
        });
      }
      for (const started of otherTasks(entry.exchange.body)) problems.push({ message: `AMAZON.NoIntent in place of the confirmation of ${task} started ${started}` });
      return problems;
    },
  },
  families: ['consent'],
  notProbed: 'no configured action has an AMAZON.YesIntent step to decline in its place (or its answer started a shopping task: see SHOP-CONSENT)',
});
