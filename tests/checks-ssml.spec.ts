/** RSP-SSML on hand-built responses: well-formed XML by a real parser, and only the SSML Alexa supports. */
import { expect, test } from '@playwright/test';
import { readSsml } from '../src/checks/ssml.js';
import { bodyOf, entryOf, problemsOf, traceOf } from './helpers/traces.js';

const rspSsml = (body: unknown) => problemsOf('RSP-SSML', traceOf([entryOf('step', body)]))[0];

test('long numeric character references are references, not a bare "&"', () => {
  expect(rspSsml(bodyOf('Nice &#x1F600; and &#128512; and &amp; &lt;3'))).toEqual([]);
});

test('a bare "&" fails, with its line and column', () => {
  expect(rspSsml(bodyOf('Tom & Jerry'))).toEqual(['outputSpeech SSML is not well-formed: a bare "&" at 1:12: write &amp;']);
});

test('malformed XML fails with the parser\'s position', () => {
  const [problem] = rspSsml({ version: '1.0', response: { outputSpeech: { type: 'SSML', ssml: '<speak><break time="1s"></speak>' } } }) ?? [];
  expect(problem).toMatch(/^outputSpeech SSML is not well-formed: 1:\d+: /);
  expect(rspSsml({ version: '1.0', response: { outputSpeech: { type: 'SSML', ssml: '<speak>a</speak><speak>b</speak>' } } })).toHaveLength(1);
  expect(rspSsml({ version: '1.0', response: { outputSpeech: { type: 'SSML', ssml: '<say>hello</say>' } } })?.[0]).toContain('the root element is <say>, not <speak>');
});

test('every tag of the SSML reference with its attributes passes', () => {
  const all =
    '<p><s>Hi <emphasis level="strong">there</emphasis></s></p><break time="1s"/><break strength="weak"/>' +
    '<amazon:domain name="conversational">a</amazon:domain><amazon:effect name="whispered">b</amazon:effect>' +
    '<amazon:emotion name="excited" intensity="high">c</amazon:emotion><lang xml:lang="fr-FR">bonjour</lang>' +
    '<phoneme alphabet="ipa" ph="pɪˈkɑːn">pecan</phoneme><prosody rate="slow" pitch="+5%" volume="loud">d</prosody>' +
    '<say-as interpret-as="date" format="ymd">2026-01-01</say-as><sub alias="aluminium">Al</sub><voice name="Kendra">e</voice>' +
    '<w role="amazon:VBD">read</w><mark name="here"/><audio src="https://cdn.example.com/a.mp3"/>';
  expect(rspSsml(bodyOf(all))).toEqual([]);
});

test('a tag or attribute Alexa does not support fails', () => {
  expect(rspSsml(bodyOf('The <strong>yoga mat</strong> is here.'))).toEqual(['outputSpeech SSML: <strong> is not a tag Alexa supports']);
  expect(rspSsml(bodyOf('<prosody amazon:max-duration="2s">quick</prosody>'))).toEqual(['outputSpeech SSML: <prosody> takes no attribute amazon:max-duration']);
});

test('<audio> over http fails; over https passes', () => {
  expect(rspSsml(bodyOf('<audio src="http://cdn.example.com/a.mp3"/>'))).toEqual([
    'outputSpeech SSML: <audio src="http://cdn.example.com/a.mp3"> is not served over https',
  ]);
  expect(rspSsml(bodyOf('<audio src="https://cdn.example.com/a.mp3"/>'))).toEqual([]);
});

test('more than five <audio> in a response (speech and reprompt together) fails', () => {
  const clip = '<audio src="https://cdn.example.com/a.mp3"/>';
  expect(rspSsml(bodyOf(clip.repeat(5)))).toEqual([]);
  const six = bodyOf(clip.repeat(4), { reprompt: { outputSpeech: { type: 'SSML', ssml: `<speak>${clip.repeat(2)}</speak>` } } });
  expect(rspSsml(six)).toEqual(['the response has 6 <audio> clips; Alexa plays at most 5 in a response']);
});

test('namespace declarations are XML, not SSML attributes', () => {
  expect(readSsml('<speak xmlns="http://www.w3.org/2001/10/synthesis" xmlns:amazon="https://amazon.com/ssml">hi</speak>').unsupported).toEqual([]);
});

test('a reading is made once per SSML text and cannot be changed by whoever reads it', () => {
  const text = '<speak>one <audio src="http://example.com/a.mp3"/></speak>';
  const first = readSsml(text);
  expect(readSsml(text)).toBe(first);
  expect(first.unsupported).toEqual(['<audio src="http://example.com/a.mp3"> is not served over https']);
  expect(() => (first.unsupported as string[]).push('more')).toThrow();
  expect(readSsml(text).unsupported).toHaveLength(1);
});
