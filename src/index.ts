/** The library face: the engine the CLI and the Playwright suites are thin layers over. */
export { runConformance, NothingProbed } from './run/conformance.js';
export type { ConformanceOptions } from './run/options.js';
export { BadInput, BAD_INPUT_EXIT } from './bad-input.js';
export type { TargetSpec } from './targets/resolve.js';
export type * from './types/index.js';
export { mockInSkillProducts, type InSkillProductsMock, type InSkillProductsMockOptions, type IspSetup, type Fault } from './mocks/isp/nock.js';
export { mockAmazonPay, type AmazonPayMock, type AmazonPayMockOptions } from './mocks/pay/nock.js';
export { mockBuyWithPrime, type BuyWithPrimeMock, type BuyWithPrimeMockOptions } from './mocks/bwp/nock.js';
export { runClientConformance, type ClientRunOptions, type ClientRunResult } from './client/run.js';
export type * from './client/adapter.js';
export { arbitraryOf, invalidArbitraryOf, boundaryValues, boundaryInvalid, sample, UngeneratableSchemaError, type GenerateOptions, type Mutation, type Invalid } from './generate/index.js';
