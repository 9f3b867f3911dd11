import { shoppingChecks } from '../../checks/shopping.js';
import { checkIn, skillRequirement } from '../define.js';

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
  check: checkIn(shoppingChecks, 'SHOP-NO-PLAYER'),
  families: ['actions'],
  notProbed: 'no response carried a StartConnection for a shopping task',
});
