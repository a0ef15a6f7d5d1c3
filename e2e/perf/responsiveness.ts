import type { Locator, Page } from '@playwright/test';

/** requestAnimationFrame timestamps for `ms` milliseconds, taken in the page. */
export async function frameTimes(page: Page, ms: number): Promise<number[]> {
  return page.evaluate(
    (duration) =>
      new Promise<number[]>((resolve) => {
        const times: number[] = [];
        const tick = (t: number) => {
          times.push(t);
          if (t - times[0]! < duration) requestAnimationFrame(tick);
          else resolve(times);
        };
        requestAnimationFrame(tick);
      }),
    ms,
  );
}

/** Gaps between consecutive frames. */
export const intervalsOf = (times: readonly number[]) =>
  times.slice(1).map((t, i) => t - times[i]!);

/**
 * Starts watching `target` (a button, or the readout of a slider) for the answer to the next
 * input: from the input event's timestamp to the first animation frame after its text changed,
 * i.e. the frame that shows the answer. Returns a reader for that time (NaN if none came).
 */
export async function timeNextAnswer(
  target: Locator,
  inputType: 'pointerdown' | 'keydown',
): Promise<() => Promise<number>> {
  await target.evaluate((element, type) => {
    const state = element as Element & { __answer?: number };
    delete state.__answer;
    const before = element.textContent;
    let started = NaN;
    const onInput = (event: Event) => {
      started = event.timeStamp;
    };
    document.addEventListener(type, onInput, { capture: true, once: true });
    const observer = new MutationObserver(() => {
      if (Number.isNaN(started) || element.textContent === before) return;
      observer.disconnect();
      requestAnimationFrame(() => {
        state.__answer = performance.now() - started;
      });
    });
    observer.observe(element, { subtree: true, childList: true, characterData: true });
  }, inputType);
  return async () => {
    await target.page().waitForTimeout(0);
    return target.evaluate(
      (element) =>
        new Promise<number>((resolve) => {
          const read = () => (element as Element & { __answer?: number }).__answer;
          const started = performance.now();
          const poll = () => {
            const answer = read();
            if (answer !== undefined || performance.now() - started > 3000) resolve(answer ?? NaN);
            else setTimeout(poll, 20);
          };
          poll();
        }),
    );
  };
}

/** Starts collecting the page's Event Timing entries of interactions (INP's input). */
export async function watchInteractions(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: number[] = [];
    (window as unknown as { __interactions: number[] }).__interactions = seen;
    new PerformanceObserver((list) => {
      // interactionId: Event Timing level 2, not yet in TypeScript's DOM types.
      for (const entry of list.getEntries() as (PerformanceEventTiming & {
        interactionId?: number;
      })[]) {
        if (entry.interactionId) seen.push(entry.duration);
      }
    }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
  });
}

/** The longest interaction seen since watchInteractions (0 if all were under 16 ms). */
export async function worstInteraction(page: Page): Promise<number> {
  return page.evaluate(() =>
    Math.max(0, ...(window as unknown as { __interactions: number[] }).__interactions),
  );
}
