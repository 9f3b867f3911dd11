/** Checks that read every part of a response: SHOP-NO-PLAYER, SHOP-URI, LAUNCH-RESPONDS, on hand-built traces. */
import { expect, test } from '@playwright/test';
import { bodyOf, entryOf, firedOn, problemsOf, traceOf } from './helpers/traces.js';

const listTask = { type: 'Connections.StartConnection', uri: 'connection://AMAZON.AddToList/1', input: { products: [{ asin: 'B0000000A1' }], listType: 'WISHLIST' }, token: 't' };
const player = { type: 'AudioPlayer.Play', playBehavior: 'REPLACE_ALL', audioItem: { stream: { url: 'https://cdn.example.com/j.mp3', token: 'j', offsetInMilliseconds: 0 } } };

test.describe('SHOP-NO-PLAYER', () => {
  test('reads the reprompt\'s directives too', () => {
    const body = bodyOf(undefined, { directives: [listTask], reprompt: { directives: [player] } });
    expect(problemsOf('SHOP-NO-PLAYER', traceOf([entryOf('handover', body)]))[0]).toEqual(['AudioPlayer.Play (in reprompt.directives) stands beside a StartConnection']);
  });

  test('a player beside a StartConnection whose uri is misspelt fails too', () => {
    const body = bodyOf(undefined, { directives: [{ ...listTask, uri: 'connection://AMAZON.AddToWishList/1' }, player] });
    expect(problemsOf('SHOP-NO-PLAYER', traceOf([entryOf('handover', body)]))[0]).toHaveLength(1);
  });
});

test.describe('SHOP-URI', () => {
  const uri = (directive: Record<string, unknown>, role: 'handover' | 'launch' = 'handover') =>
    problemsOf('SHOP-URI', traceOf([entryOf(role, bodyOf(undefined, { directives: [directive] }))]))[0];

  test('a StartConnection without a uri fails', () => {
    const { uri: _dropped, ...noUri } = listTask;
    expect(uri(noUri)?.[0]).toContain('StartConnection directive 0 has no uri');
  });

  test('a misspelt shopping uri that names no task fails', () => {
    expect(uri({ ...listTask, uri: 'connection://AMAZON.AddToCart/1' })?.[0]).toContain('"connection://AMAZON.AddToCart/1", which names no shopping task');
    expect(uri({ ...listTask, uri: 'connection://AMZN.ShoppingCart/1' })).toHaveLength(1);
  });

  test('other connections are not shopping: not judged', () => {
    expect(uri({ type: 'Connections.StartConnection', uri: 'connection://AMAZON.PrintPDF/1', input: {} })).toEqual([]);
    expect(uri({ type: 'Connections.StartConnection', uri: 'connection://AMAZON.VerifyPerson/2', input: {} })).toEqual([]);
  });

  test('a shopping StartConnection outside the hand-over step is judged all the same', () => {
    expect(uri({ ...listTask, uri: 'connection://AMAZON.AddToList/2' }, 'launch')).toHaveLength(1);
    expect(firedOn(traceOf([entryOf('launch', bodyOf(undefined, { directives: [{ ...listTask, token: '' }] }))]))).toContain('SHOP-TOKEN');
  });
});

test.describe('LAUNCH-RESPONDS', () => {
  const launch = (body: unknown) => problemsOf('LAUNCH-RESPONDS', traceOf([entryOf('launch', body)]))[0];
  test('<speak><audio src="https://..."/></speak> is not silence', () => {
    expect(launch(bodyOf('<audio src="https://cdn.example.com/welcome.mp3"/>'))).toEqual([]);
  });
  test('no speech, or an <audio> without a source, is', () => {
    expect(launch(bodyOf(undefined))).toHaveLength(1);
    expect(launch(bodyOf('<audio/>'))).toHaveLength(1);
    expect(launch(bodyOf('<audio src=""/>'))).toHaveLength(1);
    expect(launch(bodyOf("<audio src=' '/>"))).toHaveLength(1);
  });
});

test('SHOP-ONE-TASK counts a StartConnection meant for shopping whose uri names no task', () => {
  const body = bodyOf(undefined, { directives: [listTask, { ...listTask, uri: 'connection://AMAZON.AddToCart/1' }] });
  expect(problemsOf('SHOP-ONE-TASK', traceOf([entryOf('handover', body)]))[0]).toEqual(['2 shopping StartConnections in one response']);
});
