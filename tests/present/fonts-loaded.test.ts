import { describe, expect, it } from 'vitest';
import { fontsLoaded } from '../../src/present/fonts-loaded.ts';

/** A font face whose load the test settles by hand. */
function face() {
  let settle: { resolve: () => void; reject: (e: Error) => void } | undefined;
  const loading = new Promise<void>((resolve, reject) => {
    settle = { resolve, reject };
  });
  return {
    load: () => loading.then(() => ({}) as FontFace),
    loaded: () => settle?.resolve(),
    failed: () => settle?.reject(new Error('404')),
  };
}

/** A timer the test fires by hand, recording the delay it was asked for. */
function manualTimer() {
  const pending: { done: () => void; ms: number }[] = [];
  return {
    timer: (done: () => void, ms: number) => pending.push({ done, ms }),
    fire: () => {
      for (const t of pending) t.done();
    },
    delays: () => pending.map((t) => t.ms),
  };
}

const settled = async (promise: Promise<unknown>): Promise<boolean> => {
  let done = false;
  void promise.then(() => {
    done = true;
  });
  // One macrotask turn lets every promise chain already able to settle do so.
  await new Promise((resolve) => setTimeout(resolve, 0));
  return done;
};

describe('fontsLoaded', () => {
  it('waits until every declared face has loaded', async () => {
    const regular = face();
    const bold = face();
    const { timer } = manualTimer();
    const wait = fontsLoaded([regular, bold], 1000, timer);
    regular.loaded();
    expect(await settled(wait)).toBe(false);
    bold.loaded();
    expect(await settled(wait)).toBe(true);
  });

  it('does not let a face that fails to load stop the deck', async () => {
    const regular = face();
    const { timer } = manualTimer();
    const wait = fontsLoaded([regular], 1000, timer);
    regular.failed();
    await expect(wait).resolves.toBeUndefined();
  });

  it('gives up on a slow font after the timeout it is given', async () => {
    const slow = face();
    const clock = manualTimer();
    const wait = fontsLoaded([slow], 250, clock.timer);
    expect(clock.delays()).toEqual([250]);
    expect(await settled(wait)).toBe(false);
    clock.fire();
    expect(await settled(wait)).toBe(true);
  });

  it('resolves at once for a page that declares no fonts', async () => {
    const { timer } = manualTimer();
    expect(await settled(fontsLoaded([], 1000, timer))).toBe(true);
  });
});
