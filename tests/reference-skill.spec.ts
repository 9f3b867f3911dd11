import { expect, test } from '@playwright/test';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { request as httpRequest, Agent } from 'node:http';
import { createInterface } from 'node:readline';
import nock from 'nock';
import type { interfaces, RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { buildSkill, handler, referenceParts } from '../fixtures/skills/reference/index.js';
import { serveHandler, type LambdaStyleHandler } from '../fixtures/skills/serve.js';
import { validate } from '../src/schema/ajv.js';
import {
  API_ACCESS_TOKEN,
  connectionCompleted,
  connectionsResponse,
  exceptionEncounteredRequest,
  intentRequest,
  launchRequest,
  sessionEndedRequest,
  sessionResumedRequest,
  type EnvelopeOptions,
} from './helpers/envelopes.js';
import { FAULTS, mockFault, mockProductPages, mockProducts, product } from './helpers/isp.js';
import { ask, directivesOf, repromptOf, speakText, speechOf } from './helpers/responses.js';

type StartConnection = interfaces.connections.V1.StartConnectionDirective;
type SendRequest = interfaces.connections.SendRequestDirective;

const ASIN = /^[A-Z0-9]{10}$/;

/** Every answer must be a valid envelope with well-formed speech of at most 8,000 characters. */
function expectValidAnswer(answer: ResponseEnvelope): void {
  expect(validate('alexa/response-envelope', answer)).toEqual([]);
  for (const ssml of [speechOf(answer), repromptOf(answer)]) {
    if (ssml) expect(speakText(ssml).length).toBeLessThanOrEqual(8000);
  }
}

/** Why an answer is not a spoken, open-session answer with no directive; undefined when it is. Plain code: the resume matrix runs it a thousand times. */
function conversationIssue(answer: ResponseEnvelope): string | undefined {
  try {
    const errors = validate('alexa/response-envelope', answer);
    if (errors.length > 0) return `invalid envelope: ${JSON.stringify(errors[0])}`;
    if (directivesOf(answer).length > 0) return 'carries a directive';
    if (answer.response.shouldEndSession !== false) return `shouldEndSession is ${String(answer.response.shouldEndSession)}`;
    const speech = speakText(speechOf(answer));
    if (speech.length === 0 || speech.length > 8000) return `speech of ${speech.length} characters`;
    if (speakText(repromptOf(answer)).length === 0) return 'no reprompt';
  } catch (error) {
    return String(error);
  }
  return undefined;
}

/** A spoken, open-session answer with no directive; returns the text spoken. */
function expectConversation(answer: ResponseEnvelope): string {
  expect(conversationIssue(answer), JSON.stringify(answer.response)).toBeUndefined();
  return speakText(speechOf(answer));
}

function expectSilent(answer: ResponseEnvelope): void {
  expectValidAnswer(answer);
  expect(answer.response).toEqual({});
}

/** The one StartConnection of a hand-over answer, checked the way the suite checks it. */
function handedOver(answer: ResponseEnvelope, task: string): StartConnection {
  expectValidAnswer(answer);
  const directives = directivesOf(answer);
  expect(directives).toHaveLength(1);
  const directive = directives[0] as StartConnection;
  expect(directive.type).toBe('Connections.StartConnection');
  expect(directive.uri).toBe(`connection://AMAZON.${task}/1`);
  expect('shouldEndSession' in answer.response).toBe(false);
  expect(directive.token).toMatch(/\S/);
  for (const { asin } of directive.input?.['products'] as { asin: string }[]) expect(asin).toMatch(ASIN);
  return directive;
}

const ask_ = (request: RequestEnvelope, skill: LambdaStyleHandler = handler): Promise<ResponseEnvelope> => ask(skill, request);

/** The four hand-overs, driven by the steps of conformance.json; each resolves to the hand-over answer. */
const HAND_OVERS: Record<string, () => Promise<ResponseEnvelope>> = {
  AddToShoppingCart: async () => {
    const asked = await ask_(intentRequest('AddToCartIntent', { item: 'yoga mat' }));
    return ask_(intentRequest('AMAZON.YesIntent', {}, { attributes: asked.sessionAttributes ?? {} }));
  },
  BuyShoppingProducts: () => ask_(intentRequest('BuyIntent')),
  AddToList: () => ask_(intentRequest('WishListIntent')),
  RecommendShoppingProducts: () => ask_(intentRequest('RecommendIntent')),
};

test.describe('conversation', () => {
  test('LaunchRequest gets a welcome and a reprompt', async () => {
    const speech = expectConversation(await ask_(launchRequest()));
    expect(speech).toContain('Welcome');
  });

  for (const intent of ['AMAZON.HelpIntent', 'AMAZON.FallbackIntent', 'AMAZON.NoIntent', 'AMAZON.YesIntent']) {
    test(`${intent} outside a confirmation speaks and keeps the session open`, async () => {
      expectConversation(await ask_(intentRequest(intent)));
    });
  }

  for (const intent of ['AMAZON.CancelIntent', 'AMAZON.StopIntent']) {
    test(`${intent} says goodbye and ends the session`, async () => {
      const answer = await ask_(intentRequest(intent));
      expectValidAnswer(answer);
      expect(speechOf(answer)).toContain('Goodbye');
      expect(answer.response.shouldEndSession).toBe(true);
    });
  }

  test('an intent no handler knows gets the error handler\'s polite answer', async () => {
    expect(expectConversation(await ask_(intentRequest('NoSuchIntent')))).toContain('Sorry');
  });

  test('AMAZON.NoIntent after the cart question declines without a task', async () => {
    const asked = await ask_(intentRequest('AddToCartIntent', { item: 'yoga mat' }));
    const answer = await ask_(intentRequest('AMAZON.NoIntent', {}, { attributes: asked.sessionAttributes ?? {} }));
    expect(expectConversation(answer)).toContain('add it later');
    expect(answer.sessionAttributes).toEqual({});
  });

  test('an item the skill does not carry gets the catalog instead of a task', async () => {
    for (const intent of ['AddToCartIntent', 'BuyIntent', 'WishListIntent']) {
      const speech = expectConversation(await ask_(intentRequest(intent, { item: 'kayak & <paddle>' })));
      expect(speech).toContain('kayak &amp; &lt;paddle&gt;');
    }
  });
});

test.describe('shopping hand-over', () => {
  test('AddToCartIntent asks first; AMAZON.YesIntent hands over AddToShoppingCart with one product', async () => {
    const asked = await ask_(intentRequest('AddToCartIntent', { item: 'yoga mat' }));
    expect(expectConversation(asked)).toContain('yoga mat');
    const answer = await ask_(intentRequest('AMAZON.YesIntent', {}, { attributes: asked.sessionAttributes ?? {} }));
    const directive = handedOver(answer, 'AddToShoppingCart');
    expect(validate('shopping/add-to-cart-directive', directive)).toEqual([]);
    expect(directive.input).toEqual({ products: [{ asin: 'B07D4XK2ZM' }] });
    expect(answer.sessionAttributes).toEqual({ handedOver: directive.token });
  });

  test('BuyIntent hands over BuyShoppingProducts with one product', async () => {
    const directive = handedOver(await HAND_OVERS['BuyShoppingProducts']!(), 'BuyShoppingProducts');
    expect(validate('shopping/buy-directive', directive)).toEqual([]);
    expect(directive.input?.['products']).toHaveLength(1);
  });

  test('WishListIntent hands over AddToList with listType WISHLIST', async () => {
    const directive = handedOver(await HAND_OVERS['AddToList']!(), 'AddToList');
    expect(validate('shopping/add-to-list-directive', directive)).toEqual([]);
    expect(directive.input).toEqual({ products: [{ asin: 'B07D4XK2ZM' }], listType: 'WISHLIST' });
  });

  test('RecommendIntent hands over RecommendShoppingProducts with 2 to 3 products, errors only', async () => {
    const directive = handedOver(await HAND_OVERS['RecommendShoppingProducts']!(), 'RecommendShoppingProducts');
    expect(validate('shopping/recommend-directive', directive)).toEqual([]);
    const products = directive.input?.['products'] as unknown[];
    expect(products.length).toBeGreaterThanOrEqual(2);
    expect(products.length).toBeLessThanOrEqual(3);
    expect(directive.onCompletion).toBe('SEND_ERRORS_ONLY');
  });

  test('a hand-over speaks nothing beside the directive and never sets shouldEndSession to false', async () => {
    for (const [task, run] of Object.entries(HAND_OVERS)) {
      const answer = await run();
      handedOver(answer, task);
      expect(speechOf(answer)).toBe('<speak></speak>');
      expect(answer.response.shouldEndSession).toBeUndefined();
      expect(directivesOf(answer).some((d) => /^(AudioPlayer|VideoApp)\./.test(d.type))).toBe(false);
    }
  });

  test('the en-GB hand-over carries that marketplace\'s ASIN', async () => {
    const directive = handedOver(await ask_(intentRequest('BuyIntent', { item: 'mat' }, { locale: 'en-GB' })), 'BuyShoppingProducts');
    expect(directive.input).toEqual({ products: [{ asin: 'B07RC8T5LM' }] });
  });
});

test.describe('resuming after a shopping task', () => {
  const RESULTS = [
    { code: 'AlexaShopping.InternalError', message: "We're unable to process your request at this time. Please retry your request." },
    { code: 'AlexaShopping.InvalidTaskForMarketplace', message: 'This operation is not available for this locale.' },
    { code: 'AlexaShopping.ItemNotEligible', message: 'The item you specified is not eligible for Alexa Shopping Actions.' },
    { code: 'AlexaShopping.NoOffersFound', message: 'We did not find any matches for your request.' },
    { code: 'AlexaShopping.RetryLaterError', message: 'Encountered an error when trying to process the request, please try again later.' },
    { code: 'AlexaShopping.SomethingNew', message: 'A result code this skill has never seen.' },
  ];
  const STATUSES = ['200', '400', '403', '404', '500'];

  for (const [task, run] of Object.entries(HAND_OVERS)) {
    test(`${task}: every resume is answered; failures differ from success, stay quiet about the code and start no task`, async () => {
      const handOver = await run();
      const issued = (directivesOf(handOver)[0] as StartConnection).token!;
      const sessions: Record<string, EnvelopeOptions> = {
        continued: { attributes: handOver.sessionAttributes ?? {} },
        fresh: { attributes: {}, newSession: true },
        none: { attributes: null },
      };
      const problems: string[] = [];
      for (const token of [issued, 'not-a-token-this-skill-issued', undefined]) {
        for (const [session, options] of Object.entries(sessions)) {
          const resume = async (status: string, result?: { code: string; message: string }): Promise<string> => {
            const label = `token ${token ?? '(absent)'}, session ${session}, status ${status}, ${result?.code ?? 'no result'}`;
            const answer = await ask_(sessionResumedRequest(connectionCompleted(token, status, result), options));
            const issue = conversationIssue(answer);
            if (issue) problems.push(`${label}: ${issue}`);
            return issue ? label : speakText(speechOf(answer));
          };
          const success = await resume('200');
          for (const status of STATUSES) {
            for (const result of [undefined, ...RESULTS]) {
              if (status === '200' && result === undefined) continue;
              const speech = await resume(status, result);
              if (speech === success) problems.push(`status ${status}, ${result?.code ?? 'no result'}: same answer as success`);
              if (result && (speech.includes(result.code) || speech.toLowerCase().includes(result.message.toLowerCase()))) {
                problems.push(`status ${status}, ${result.code}: reads out the result`);
              }
            }
          }
        }
      }
      expect(problems).toEqual([]);
    });
  }

  test('a resume in a fresh session names the product from the token alone', async () => {
    const handOver = await HAND_OVERS['AddToShoppingCart']!();
    const token = (directivesOf(handOver)[0] as StartConnection).token!;
    const speech = expectConversation(await ask_(sessionResumedRequest(connectionCompleted(token, '200'), { attributes: {}, newSession: true })));
    expect(speech).toContain('yoga mat is in your Amazon cart');
  });

  test('a resume without cause, without status, or with a numeric status is still answered', async () => {
    expectConversation(await ask_(sessionResumedRequest(undefined)));
    expectConversation(await ask_(sessionResumedRequest({ type: 'ConnectionCompleted', token: 'BuyShoppingProducts:B07D4XK2ZM' })));
    expectConversation(await ask_(sessionResumedRequest({ type: 'ConnectionCompleted', status: { code: 200, message: 'OK' } })));
  });
});

test.describe('silence, errors and refunds', () => {
  for (const type of ['INVALID_RESPONSE', 'DEVICE_COMMUNICATION_ERROR', 'INTERNAL_SERVICE_ERROR']) {
    test(`System.ExceptionEncountered ${type} gets an empty response`, async () => {
      expectSilent(await ask_(exceptionEncounteredRequest(type)));
      expectSilent(await ask_(exceptionEncounteredRequest(type, { attributes: null })));
    });
  }

  for (const reason of ['USER_INITIATED', 'ERROR', 'EXCEEDED_MAX_REPROMPTS']) {
    test(`SessionEndedRequest ${reason} gets an empty response`, async () => {
      expectSilent(await ask_(sessionEndedRequest(reason)));
    });
  }

  test('RefundIntent points to the orders in the Amazon account and starts no task', async () => {
    const speech = expectConversation(await ask_(intentRequest('RefundIntent')));
    expect(speech).toContain('orders section of your Amazon account');
  });

  test('a defect replaces one part and keeps the rest', async () => {
    const noRefund = buildSkill({ ...referenceParts, refund: null });
    const speech = expectConversation(await ask_(intentRequest('RefundIntent'), noRefund));
    expect(speech).not.toContain('Amazon account');
    expectConversation(await ask_(launchRequest(), noRefund));
  });
});

test.describe('in-skill products', () => {
  test.beforeEach(() => {
    nock.disableNetConnect();
    nock.enableNetConnect(/^(127\.0\.0\.1|localhost)(:\d+)?$/);
  });
  test.afterEach(() => {
    nock.abortPendingRequests();
    nock.cleanAll();
    nock.enableNetConnect();
  });

  test('WhatCanIBuyIntent follows nextToken and lists what is purchasable, with the caller\'s token and locale', async () => {
    const seen = mockProductPages([
      [product('tips', 'Premium Tips'), product('owned', 'Owned Pack', { purchasable: 'NOT_PURCHASABLE', entitled: 'ENTITLED' })],
      [product('flows', 'Flow Sequences', { type: 'ENTITLEMENT' })],
    ]);
    const speech = expectConversation(await ask_(intentRequest('WhatCanIBuyIntent', {}, { locale: 'en-GB' })));
    expect(seen).toHaveLength(2);
    for (const request of seen) {
      expect(request.headers['authorization']).toBe(`Bearer ${API_ACCESS_TOKEN}`);
      expect(request.headers['accept-language']).toBe('en-GB');
    }
    expect(seen[1]?.query).toEqual({ nextToken: 'page-2' });
    expect(speech).toContain('Premium Tips');
    expect(speech).toContain('Flow Sequences');
    expect(speech).not.toContain('Owned Pack');
    expect(nock.isDone()).toBe(true);
  });

  test('names from the service are escaped and a long catalog stays short', async () => {
    const many = Array.from({ length: 150 }, (_, i) => product(`p${i}`, `Tips & <Tricks> ${i} ${'x'.repeat(300)}`));
    mockProducts(many);
    const speech = expectConversation(await ask_(intentRequest('WhatCanIBuyIntent')));
    expect(speech).toContain('Tips &amp; &lt;Tricks&gt; 0');
    expect(speech).toContain('145 more');
    expect(speech.length).toBeLessThan(1000);
  });

  test('nothing purchasable: the listing and the offer say so without an offer', async () => {
    const owned = [product('tips', 'Premium Tips', { purchasable: 'NOT_PURCHASABLE', entitled: 'ENTITLED' })];
    mockProducts(owned);
    expect(expectConversation(await ask_(intentRequest('WhatCanIBuyIntent')))).toContain('nothing');
    mockProducts(owned);
    expect(expectConversation(await ask_(intentRequest('BuyProductIntent')))).toContain('nothing');
  });

  test('BuyProductIntent offers a product the service lists as PURCHASABLE', async () => {
    mockProducts([
      product('owned', 'Owned Pack', { purchasable: 'NOT_PURCHASABLE', entitled: 'ENTITLED' }),
      product('tips', 'Premium Tips'),
    ]);
    const answer = await ask_(intentRequest('BuyProductIntent'));
    expectValidAnswer(answer);
    const [directive] = directivesOf(answer) as SendRequest[];
    expect(directive).toMatchObject({ type: 'Connections.SendRequest', name: 'Buy', payload: { InSkillProduct: { productId: 'amzn1.adg.product.tips' } } });
    expect(directive?.token).toMatch(/\S/);
    expect(answer.response.shouldEndSession).toBeUndefined();
  });

  test('BuyProductIntent with a product name offers that product', async () => {
    mockProducts([product('tips', 'Premium Tips'), product('flows', 'Flow Sequences')]);
    const answer = await ask_(intentRequest('BuyProductIntent', { productName: 'flow sequences' }));
    expect((directivesOf(answer)[0] as SendRequest).payload).toEqual({ InSkillProduct: { productId: 'amzn1.adg.product.flows' } });
  });

  test('PremiumTipIntent: premium content when ENTITLED, an upsell of a PURCHASABLE product when not', async () => {
    mockProducts([product('tips', 'Premium Tips', { entitled: 'ENTITLED', purchasable: 'NOT_PURCHASABLE' })]);
    const premium = expectConversation(await ask_(intentRequest('PremiumTipIntent')));
    expect(premium).toContain('premium tip');

    mockProducts([product('tips', 'Premium Tips')]);
    const upsell = await ask_(intentRequest('PremiumTipIntent'));
    expectValidAnswer(upsell);
    expect(directivesOf(upsell)[0]).toMatchObject({
      type: 'Connections.SendRequest',
      name: 'Upsell',
      payload: { InSkillProduct: { productId: 'amzn1.adg.product.tips' }, upsellMessage: expect.stringMatching(/\S/) as unknown },
    });

    mockProducts([product('tips', 'Premium Tips', { purchasable: 'NOT_PURCHASABLE' })]);
    const plain = expectConversation(await ask_(intentRequest('PremiumTipIntent')));
    expect(plain).not.toBe(premium);
  });

  test('CancelSubscriptionIntent sends Cancel for the subscription the customer owns', async () => {
    mockProducts([product('flows', 'Flow Sequences', { type: 'ENTITLEMENT' }), product('tips', 'Premium Tips', { entitled: 'ENTITLED' })]);
    const answer = await ask_(intentRequest('CancelSubscriptionIntent'));
    expectValidAnswer(answer);
    expect(directivesOf(answer)[0]).toMatchObject({ type: 'Connections.SendRequest', name: 'Cancel', payload: { InSkillProduct: { productId: 'amzn1.adg.product.tips' } } });
  });

  test('every Connections.Response name and purchaseResult gets a spoken answer', async () => {
    const answers = new Set<string>();
    for (const name of ['Buy', 'Upsell', 'Cancel', 'Mystery']) {
      for (const result of ['ACCEPTED', 'DECLINED', 'ALREADY_PURCHASED', 'ERROR', 'NOT_ENTITLED', 'SOMETHING_NEW']) {
        answers.add(expectConversation(await ask_(connectionsResponse(name, result, `${name}:amzn1.adg.product.tips`))));
      }
    }
    expect(answers.size).toBeGreaterThan(5);
  });

  for (const intent of ['WhatCanIBuyIntent', 'BuyProductIntent', 'PremiumTipIntent', 'CancelSubscriptionIntent']) {
    test(`${intent}: a failing product service gets a polite fallback, never a throw or a hang`, async () => {
      for (const fault of FAULTS) {
        mockFault(fault, 3000);
        const started = Date.now();
        const speech = expectConversation(await ask_(intentRequest(intent)));
        expect(Date.now() - started, fault).toBeLessThan(2500);
        expect(speech, fault).toMatch(/can't (reach|check)/);
        nock.abortPendingRequests();
        nock.cleanAll();
      }
    });
  }

  test('the ISP timeout is a setting', async () => {
    mockFault('slow', 1000);
    const impatient = buildSkill({ ...referenceParts, ispTimeoutMs: 100 });
    const started = Date.now();
    expectConversation(await ask_(intentRequest('WhatCanIBuyIntent'), impatient));
    expect(Date.now() - started).toBeLessThan(800);
  });
});

test.describe('serveHandler', () => {
  const agent = new Agent({ keepAlive: true });
  test.afterAll(() => agent.destroy());

  function post(url: string, body: string): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
    return new Promise((settle, fail) => {
      const request = httpRequest(url, { method: 'POST', agent, headers: { 'content-type': 'application/json' } }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => settle({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString('utf8') }));
      });
      request.on('error', fail);
      request.end(body);
    });
  }

  test('POST / answers 200 with the reference skill\'s JSON over a kept-alive connection', async () => {
    const served = await serveHandler(handler);
    try {
      const answer = await post(served.url, JSON.stringify(launchRequest()));
      expect(answer.status).toBe(200);
      expect(answer.headers['connection']).toBe('keep-alive');
      expect(answer.headers['content-type']).toContain('application/json');
      expectConversation(JSON.parse(answer.body) as ResponseEnvelope);
      expect((await post(served.url, '{not json')).status).toBe(400);
    } finally {
      await served.close();
    }
  });

  test('promise-style handlers answer 200; a throw or a callback error answers 500 with a short text', async () => {
    const handlers: Record<string, [LambdaStyleHandler, number]> = {
      promise: [async () => ({ version: '1.0', response: {} }), 200],
      throws: [() => { throw new Error('boom'); }, 500],
      rejects: [async () => { throw new Error('boom'); }, 500],
      callbackError: [(_event, _context, callback) => callback(new Error('boom')), 500],
    };
    for (const [style, [fn, status]] of Object.entries(handlers)) {
      const served = await serveHandler(fn, { port: 0 });
      try {
        const answer = await post(served.url, JSON.stringify(launchRequest()));
        expect(answer.status, style).toBe(status);
        if (status === 500) expect(answer.body).toContain('boom');
      } finally {
        await served.close();
      }
    }
  });

  test('node dist/fixtures/skills/serve.js <module> prints its URL and serves the handler', async () => {
    const script = 'dist/fixtures/skills/serve.js';
    const skill = 'dist/fixtures/skills/reference/index.js';
    test.skip(!existsSync(script) || !existsSync(skill), 'needs the build: run through scripts/test.sh');
    const child = spawn(process.execPath, [script, `${skill}#handler`, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
    try {
      const [line] = await new Promise<string[]>((settle) => createInterface({ input: child.stdout }).once('line', (l) => settle([l])));
      expect(line).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      const answer = await post(line!, JSON.stringify(launchRequest()));
      expect(answer.status).toBe(200);
      expectConversation(JSON.parse(answer.body) as ResponseEnvelope);
    } finally {
      child.kill('SIGTERM');
    }
  });
});
