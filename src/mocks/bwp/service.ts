import type { MockAnswer, MockService } from '../server.js';
import { isGraphqlUrl, type BwpCore } from './core.js';

/** The Buy with Prime API on the loopback MockServer: it claims every path naming graphql, so a wrong one is answered and recorded. */
export class BwpService implements MockService {
  readonly name = 'Buy with Prime';

  constructor(readonly core: BwpCore) {}

  handles(_method: string, url: URL): boolean {
    return isGraphqlUrl(url.pathname);
  }

  answer(method: string, url: URL, headers: Record<string, string>, body: string): Promise<MockAnswer> {
    return this.core.answer({ method, url, headers, body });
  }
}
