import { skillCases } from '../../helpers/check-cases.js';
import { handOver, startConnection } from '../../helpers/shop.js';
import { traceOf } from '../../helpers/traces.js';

const cart = startConnection('AddToShoppingCart');
const play = { type: 'AudioPlayer.Play', playBehavior: 'REPLACE_ALL', audioItem: { stream: { url: 'https://example.com/a.mp3', token: 'a', offsetInMilliseconds: 0 } } };

export default skillCases([
  { name: 'a hand-over alone', trace: traceOf([handOver([cart])]), fires: false },
  { name: 'an AudioPlayer.Play beside a hand-over', trace: traceOf([handOver([cart, play])]), fires: true, message: /^AudioPlayer\.Play \(in directives\) stands beside a StartConnection$/ },
  { name: 'a VideoApp.Launch beside a hand-over', trace: traceOf([handOver([{ type: 'VideoApp.Launch', videoItem: { source: 'https://example.com/v.mp4' } }, cart])]), fires: true, message: /^VideoApp\.Launch/ },
  {
    name: 'an AudioPlayer.Stop in the reprompt of a hand-over',
    trace: traceOf([handOver([cart], { response: { reprompt: { directives: [{ type: 'AudioPlayer.Stop' }] } } })]),
    fires: true,
    message: /AudioPlayer\.Stop \(in reprompt\.directives\)/,
  },
  { name: 'a StartConnection meant for shopping that names no task counts', trace: traceOf([handOver([{ ...cart, uri: 'connection://AMAZON.CartAdd/1' }, play])]), fires: true, message: /AudioPlayer\.Play/ },
  { name: 'an AudioPlayer.Play with no hand-over', trace: traceOf([handOver([play])]), fires: false },
]);
