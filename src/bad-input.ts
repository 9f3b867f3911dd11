/** The exit status of a run refused for bad input. */
export const BAD_INPUT_EXIT = 2;

/**
 * Bad input (a flag, a config, an interaction model, a target, an adapter): thrown where the input is read, said in
 * one line, exit status 2 (BAD_INPUT_EXIT), never a stack trace. It sits below every layer so any layer may throw it.
 */
export class BadInput extends Error {
  readonly exitCode = BAD_INPUT_EXIT;
  constructor(message: string) {
    super(message);
    this.name = 'BadInput';
  }
}
