/** SHOP-NO-PLAYER: no AudioPlayer.* or VideoApp.* directive beside a StartConnection, among the directives or the reprompt's. */
import { triesToHandOver } from '../../checks/per-directive.js';
import { everyDirectiveOf } from '../../checks/response-shape.js';
import { skillRequirement } from '../define.js';

export default skillRequirement({
  entry: {
    id: 'SHOP-NO-PLAYER',
    level: 'MUST',
    title: 'No AudioPlayer.* or VideoApp.* directive stands beside a StartConnection.',
    source: {
      page: 'Use Skill Connections to Request Tasks',
      section: 'Connections.StartConnection directive',
    },
    basis: 'documented',
    quote: 'If you respond with a Tasks.CompleteTask or Connections.StartConnection directive, the response can\'t include audio or video player directives.',
  },
  check: {
    applies: triesToHandOver,
    problems: (entry) =>
      everyDirectiveOf(entry.exchange.body)
        .map(({ where, directive }) => ({ where, type: String(directive['type']) }))
        .filter(({ type }) => type.startsWith('AudioPlayer.') || type.startsWith('VideoApp.'))
        .map(({ where, type }) => ({ message: `${type} (in ${where}) stands beside a StartConnection` })),
  },
  families: ['actions'],
  notProbed: 'no response carried a StartConnection for a shopping task',
});
