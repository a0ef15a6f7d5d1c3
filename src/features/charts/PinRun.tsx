import { useStore } from 'zustand';
import { useStores, useTraining } from '@/state/hooks';
import type { CompareStore } from './compare-store';

/** Pins the current run's loss curve as a ghost to compare the next run against. */
export function PinRun({ compare }: { compare: CompareStore }) {
  const { training } = useStores();
  const pinned = useStore(compare, (s) => s.pinned);
  // The history's rows and the live epoch's point: a curve from one row on.
  const hasCurve = useTraining((s) => s.history.length > 0);
  const pin = () => {
    const { history, config, snapshot } = training.getState();
    const last = snapshot ? { epoch: snapshot.epoch, value: snapshot.loss } : null;
    compare.getState().pin(history, last, config, snapshot?.layerSizes ?? []);
  };
  return (
    <div className="pin-run">
      {pinned ? (
        <button type="button" onClick={compare.getState().unpin}>
          Unpin
        </button>
      ) : (
        <button
          type="button"
          onClick={pin}
          disabled={!hasCurve}
          title="Keep this loss curve; change one knob, Reset and Play to compare"
        >
          Pin run
        </button>
      )}
      <span className="hint">
        {pinned
          ? `${pinned.name.replace('pinned: ', 'Ghost: ')} — change a knob, Reset, Play`
          : 'Pin a curve, then change one knob and Reset: same weights, same data order'}
      </span>
    </div>
  );
}
