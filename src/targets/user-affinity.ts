/** Users remembered: enough for every session a run keeps open at once, bounded for a long run. */
const AFFINITY_LIMIT = 4096;

/** The customer a request comes from: context.System.user.userId, else session.user.userId. */
export function userOf(envelope: unknown): string | undefined {
  const e = envelope as { context?: { System?: { user?: { userId?: unknown } } }; session?: { user?: { userId?: unknown } } } | null | undefined;
  const id = e?.context?.System?.user?.userId ?? e?.session?.user?.userId;
  return typeof id === 'string' ? id : undefined;
}

/** Which container served a user last: the most recent AFFINITY_LIMIT users, the oldest forgotten first. */
export class UserAffinity<C> {
  private readonly byUser = new Map<string, C>();

  constructor(private readonly limit = AFFINITY_LIMIT) {}

  get(user: string): C | undefined {
    const container = this.byUser.get(user);
    if (container === undefined) return undefined;
    // Map keeps insertion order: moving a user to the end makes the first key the least recently served.
    this.byUser.delete(user);
    this.byUser.set(user, container);
    return container;
  }

  set(user: string, container: C): void {
    this.byUser.delete(user);
    this.byUser.set(user, container);
    if (this.byUser.size > this.limit) this.byUser.delete(this.byUser.keys().next().value as string);
  }
}
