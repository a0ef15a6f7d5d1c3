import { useCallback, useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { whenPageComplete } from '@/shared/page-stages';
import { useView } from '@/state/hooks';
import { TOUR_SEEN_KEY, TOUR_STEPS } from './tour-steps';
import './Tour.css';

interface Box {
  readonly top: number;
  readonly left: number;
  readonly width: number;
  readonly height: number;
}

const CARD_WIDTH = 320;
const GAP = 12;

function seenBefore(): boolean {
  try {
    return localStorage.getItem(TOUR_SEEN_KEY) !== null;
  } catch {
    // Storage disabled: better to skip the tour than to show it on every visit.
    return true;
  }
}

/**
 * Whether the page was opened without a query: the navigation's own URL, since the page
 * rewrites its address bar on start (a default link such as ?seed=0 becomes bare).
 */
function openedBare(): boolean {
  try {
    const [navigation] = performance.getEntriesByType('navigation');
    return new URL(navigation?.name ?? window.location.href).search === '';
  } catch {
    return window.location.search === '';
  }
}

function markSeen(): void {
  try {
    localStorage.setItem(TOUR_SEEN_KEY, '1');
  } catch {
    // Nothing to remember it in; the tour simply opens again next time.
  }
}

/** Where the target is on screen, or null if it is not there (hidden in presenter mode). */
function measure(selector: string): Box | null {
  const element = document.querySelector(selector);
  if (!element) return null;
  const rect = element.getBoundingClientRect();
  if (rect.width === 0 && rect.height === 0) return null;
  return { top: rect.top, left: rect.left, width: rect.width, height: rect.height };
}

/** Beside the target if there is room on the right, else below it, else above; on screen. */
function cardPosition(box: Box | null): { top: number; left: number } {
  const viewWidth = window.innerWidth;
  const viewHeight = window.innerHeight;
  if (!box) return { top: GAP, left: Math.max(GAP, (viewWidth - CARD_WIDTH) / 2) };
  const clampLeft = (x: number) => Math.min(Math.max(GAP, x), viewWidth - CARD_WIDTH - GAP);
  const clampTop = (y: number) => Math.min(Math.max(GAP, y), viewHeight - 200);
  if (box.left + box.width + GAP + CARD_WIDTH < viewWidth) {
    return { top: clampTop(box.top), left: box.left + box.width + GAP };
  }
  if (box.top + box.height + GAP + 180 < viewHeight) {
    return { top: box.top + box.height + GAP, left: clampLeft(box.left) };
  }
  return { top: clampTop(box.top - 200 - GAP), left: clampLeft(box.left) };
}

/**
 * A first-visit tour of 4–6 stops over the live page: each outlines one element and explains
 * it in a card with Back, Next and Skip. Esc or Skip ends it; the Tour button starts it again.
 */
export function Tour() {
  const presenter = useView((s) => s.presenter);
  // Only a bare first visit: a shared link (any query) opens on what its sender wanted shown,
  // and presenter mode is a lesson already under way.
  const [firstVisit] = useState(() => !seenBefore() && !presenter && openedBare());
  const [step, setStep] = useState<number | null>(null);
  // It opens once the page has loaded, every part is mounted and the page has settled: placed
  // on the final layout, it appears where it stays instead of jumping as the page's parts take
  // their size (a layout shift).
  useEffect(() => {
    if (!firstVisit) return;
    let frame = 0;
    const open = () => {
      frame = requestAnimationFrame(() => {
        frame = requestAnimationFrame(() => setStep((now) => now ?? 0));
      });
    };
    let cancelWait = () => {};
    const loaded = () => {
      cancelWait = whenPageComplete(open);
    };
    if (document.readyState === 'complete') loaded();
    else window.addEventListener('load', loaded, { once: true });
    return () => {
      window.removeEventListener('load', loaded);
      cancelWait();
      cancelAnimationFrame(frame);
    };
  }, [firstVisit]);
  const [box, setBox] = useState<Box | null>(null);
  const card = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const textId = useId();
  const current = step === null ? null : TOUR_STEPS[step];

  const close = useCallback(() => {
    markSeen();
    setStep(null);
  }, []);

  useLayoutEffect(() => {
    if (!current) return;
    document.querySelector(current.target)?.scrollIntoView({ block: 'nearest' });
    const update = () => setBox(measure(current.target));
    update();
    window.addEventListener('resize', update);
    window.addEventListener('scroll', update, true);
    // The page may still be laying out (the graph sizes itself after mount).
    const observer = new ResizeObserver(update);
    observer.observe(document.body);
    return () => {
      window.removeEventListener('resize', update);
      window.removeEventListener('scroll', update, true);
      observer.disconnect();
    };
  }, [current]);

  useEffect(() => {
    if (step === null) return;
    card.current?.querySelector<HTMLButtonElement>('.tour-next')?.focus({ preventScroll: true });
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.stopPropagation();
      close();
    };
    document.addEventListener('keydown', onKey, true);
    return () => document.removeEventListener('keydown', onKey, true);
  }, [step, close]);

  const last = step === TOUR_STEPS.length - 1;
  const position = cardPosition(box);
  return (
    <>
      <button
        type="button"
        className="tour-button"
        title="A short guided tour of the page"
        onClick={() => setStep(0)}
      >
        Tour
      </button>
      {current && step !== null && (
        <>
          {box && (
            <div
              className="tour-highlight"
              aria-hidden="true"
              style={{
                top: box.top - 4,
                left: box.left - 4,
                width: box.width + 8,
                height: box.height + 8,
              }}
            />
          )}
          <div
            ref={card}
            className="tour-card"
            role="dialog"
            aria-modal="false"
            aria-labelledby={titleId}
            aria-describedby={textId}
            style={{ top: position.top, left: position.left, width: CARD_WIDTH }}
          >
            <p className="tour-count">
              Step {step + 1} of {TOUR_STEPS.length}
            </p>
            <h2 id={titleId}>{current.title}</h2>
            <p id={textId}>{current.text}</p>
            <div className="tour-buttons">
              <button type="button" onClick={close}>
                Skip tour
              </button>
              <button type="button" disabled={step === 0} onClick={() => setStep(step - 1)}>
                Back
              </button>
              <button
                type="button"
                className="primary tour-next"
                onClick={() => (last ? close() : setStep(step + 1))}
              >
                {last ? 'Done' : 'Next'}
              </button>
            </div>
          </div>
        </>
      )}
    </>
  );
}
