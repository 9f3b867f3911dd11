import type { ClientCase } from '../cases.js';

export interface ClientProblem {
  message: string;
}

/** One requirement's check over a client case: which cases it judges (each a probe), and what is wrong in one. */
export interface ClientCheck {
  id: string;
  applies(c: ClientCase): boolean;
  problems(c: ClientCase): ClientProblem[];
}
