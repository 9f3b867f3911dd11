/** Schema -> fast-check arbitraries: valid values, invalid values with the constraint they break, edges. */
export { arbitraryOf } from './arbitrary.js';
export { invalidArbitraryOf } from './invalid.js';
export { boundaryValues, boundaryInvalid } from './boundary.js';
export { sample } from './sample.js';
export { UngeneratableSchemaError } from './errors.js';
export type { GenerateOptions } from './options.js';
export type { Mutation, Invalid } from './mutation.js';
