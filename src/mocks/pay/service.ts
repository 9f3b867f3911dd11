import type { MockAnswer, MockService } from '../server.js';
import type { PayCore } from './core.js';
import { isDeliveryTrackerUrl } from './paths.js';

/**
 * Create Delivery Tracker on the loopback MockServer. It claims every path that names deliveryTrackers, so
 * that a wrong version, environment or method is answered (and recorded) by the contract mock, not a bare 404.
 */
export class PayService implements MockService {
  readonly name = 'Amazon Pay delivery trackers';

  constructor(readonly core: PayCore) {}

  handles(_method: string, url: URL): boolean {
    return isDeliveryTrackerUrl(url.pathname);
  }

  answer(method: string, url: URL, headers: Record<string, string>, body: string): MockAnswer {
    return this.core.answer({ method, url, headers, body });
  }
}
