import { useTraining } from '@/state/hooks';
import { formatCount, formatLearningRate } from '@/shared/format';

/** Says that training blew up and stopped at the last sane weights, and offers the way out. */
export function DivergenceNotice() {
  const diverged = useTraining((s) => s.snapshot?.diverged ?? false);
  const epoch = useTraining((s) => s.snapshot?.epoch ?? 0);
  const learningRate = useTraining((s) => s.config.learningRate);
  const setLearningRate = useTraining((s) => s.setLearningRate);
  const reset = useTraining((s) => s.reset);
  const play = useTraining((s) => s.play);
  if (!diverged) return null;
  const lower = Number((learningRate / 10).toPrecision(2));
  return (
    <div className="divergence" role="alert" data-diverged="true">
      <p>
        <strong>Training stopped at epoch {formatCount(epoch)}: the loss blew up.</strong> At
        learning rate {formatLearningRate(learningRate)} each update overshoots and the weights grow
        without bound. The network is back at its last sane weights.
      </p>
      <div className="divergence-actions">
        <button
          type="button"
          className="primary"
          onClick={() => {
            setLearningRate(lower);
            play();
          }}
        >
          Lower the rate to {formatLearningRate(lower)} and go on
        </button>
        <button type="button" onClick={reset}>
          Reset
        </button>
      </div>
    </div>
  );
}
