/**
 * The sandbox's one clock: every simulator, the token checks and `/__sandbox/token` read it, so a test
 * or a story can put the whole vendor world at a chosen instant (`POST /__sandbox/reset` with `now`) and
 * see the same calendar every day. It keeps running from that instant, as a real vendor's clock does;
 * a reset without `now` goes back to the base clock (the machine's, unless the caller gave another).
 */
export interface SandboxClock {
  now(): Date;
  /** Runs from `instant` on; `undefined` follows the base clock again. */
  setTo(instant: Date | undefined): void;
}

export function createSandboxClock(base: () => Date = () => new Date()): SandboxClock {
  let offsetMs = 0;
  return {
    now: () => new Date(base().getTime() + offsetMs),
    setTo(instant) {
      offsetMs = instant ? instant.getTime() - base().getTime() : 0;
    },
  };
}
