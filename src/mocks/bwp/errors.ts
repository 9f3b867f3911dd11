import { GraphQLError } from 'graphql';
import type { BwpCode } from './codes.js';

/**
 * A ValidationException as a GraphQL error: `extensions` carries the error type and the exception's code and
 * details (schemas/bwp/validation-exception: { code, message, details }; where the real API puts them is a gap).
 */
export function validationException(code: BwpCode, message: string, details?: Record<string, unknown>): GraphQLError {
  return new GraphQLError(message, { extensions: { errorType: 'ValidationException', code, ...(details ? { details } : {}) } });
}

/** An input GraphQL's types let through but the JSON Schemas refuse, or an order that does not exist. */
export function badInput(message: string, errorType = 'ValidationException'): GraphQLError {
  return new GraphQLError(message, { extensions: { errorType, code: 'BAD_USER_INPUT' } });
}

/** The code a GraphQL error carries in its extensions, if any. */
export const codeOf = (error: { extensions?: Record<string, unknown> | undefined }): string | undefined =>
  typeof error.extensions?.['code'] === 'string' ? error.extensions['code'] : undefined;
