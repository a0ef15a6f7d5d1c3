import { describe, expect, it } from 'vitest';
import type { FromWorker, ToWorker } from '@/training/protocol';
import { TrainerLoop } from '@/training/trainer-loop';
import { inThreadSession } from './in-thread-session';
import { createTimelineStore } from './timeline-store';
import { createTrainingStore, type TrainingStore } from './training-store';

/** A session whose every command is recorded (acks left out). */
function session() {
  const sent: ToWorker[] = [];
  const training = inThreadSession({ onSend: (m) => m.type !== 'ack' && sent.push(m) });
  const timeline = createTimelineStore(training);
  sent.length = 0;
  return { training, timeline, sent };
}

/** Like inThreadSession, but the trainer's answers to `moment` wait until released. */
function slowMoments() {
  const held: FromWorker[] = [];
  const sent: ToWorker[] = [];
  let deliver: (message: FromWorker) => void = () => {};
  const training = createTrainingStore(
    (onMessage) => {
      deliver = onMessage;
      const loop = new TrainerLoop({
        post: (message) => (message.type === 'moment' ? held.push(message) : onMessage(message)),
        yieldNow: () => {},
        later: () => {},
        now: () => 0,
      });
      return {
        send: (message) => {
          if (message.type !== 'ack') sent.push(message);
          loop.handle(message);
        },
      };
    },
    { request: (callback) => callback() },
  );
  const timeline = createTimelineStore(training);
  const release = () => deliver(held.shift()!);
  return { training, timeline, sent, held, release };
}

/** Steps `n` epochs and returns the weights after each number of updates, 0…n. */
function train(training: TrainingStore, n: number): Float64Array[] {
  const seen = [training.getState().snapshot!.params.slice()];
  for (let i = 0; i < n; i++) {
    training.getState().step();
    seen.push(training.getState().snapshot!.params.slice());
  }
  return seen;
}

const moments = (sent: readonly ToWorker[]) =>
  sent.filter((m) => m.type === 'moment').map((m) => (m as { epoch: number }).epoch);

describe('timeline store', () => {
  it('views exactly the epoch asked: its weights, outputs, losses and accuracies', () => {
    const { training, timeline, sent } = session();
    const weights = train(training, 12);
    sent.length = 0;
    timeline.getState().view(7);
    expect(moments(sent)).toEqual([7]);
    const { viewedEpoch, past } = timeline.getState();
    expect(viewedEpoch).toBe(7);
    expect(past?.epoch).toBe(7);
    expect(past?.past).toBe(true);
    expect(Array.from(past!.params)).toEqual(Array.from(weights[7]!));
    // The history's row for epoch 7 holds the same figures: one moment, one set of numbers.
    const { history } = training.getState();
    expect(history.epochs[7]).toBe(7);
    expect(past?.loss).toBe(history.trainLoss[7]);
    expect(past?.testLoss).toBe(history.testLoss[7]);
    expect(past?.trainAccuracy).toBe(history.trainAccuracy[7]);
    expect(past?.predictions).toHaveLength(4);
    expect(past?.heatmaps?.output).toHaveLength(100 * 100);
    // The live run is untouched.
    expect(training.getState().snapshot?.epoch).toBe(12);
  });

  it('keeps the epoch within the run and whole', () => {
    const { training, timeline } = session();
    train(training, 5);
    timeline.getState().view(99);
    expect(timeline.getState().viewedEpoch).toBe(5);
    expect(timeline.getState().past?.epoch).toBe(5);
    timeline.getState().view(-3);
    expect(timeline.getState().past?.epoch).toBe(0);
    expect(timeline.getState().past?.loss).toBe(0.3859387189496001);
    timeline.getState().view(2.6);
    expect(timeline.getState().past?.epoch).toBe(3);
    timeline.getState().live();
    expect(timeline.getState()).toMatchObject({ viewedEpoch: null, past: null });
  });

  it('asks for one moment at a time and then for where the slider is', () => {
    const { training, timeline, sent, held, release } = slowMoments();
    train(training, 10);
    sent.length = 0;
    timeline.getState().view(1);
    timeline.getState().view(2);
    timeline.getState().view(8);
    expect(moments(sent)).toEqual([1]);
    expect(timeline.getState()).toMatchObject({ viewedEpoch: 8, past: null });
    release();
    // The answer on its way is shown meanwhile; the slider's epoch is asked for at once.
    expect(timeline.getState().past?.epoch).toBe(1);
    expect(moments(sent)).toEqual([1, 8]);
    release();
    expect(timeline.getState().past?.epoch).toBe(8);
    expect(held).toEqual([]);
    expect(moments(sent)).toEqual([1, 8]);
  });

  it('pauses training to scrub; training again (Play or Step) returns to live', () => {
    const { training, timeline, sent } = session();
    train(training, 6);
    training.getState().play();
    expect(training.getState().snapshot?.running).toBe(true);
    sent.length = 0;
    timeline.getState().view(2);
    expect(sent.map((m) => m.type)).toEqual(['pause', 'moment']);
    expect(timeline.getState().viewedEpoch).toBe(2);
    // Edits at the live epoch do not move the past.
    training.getState().setLearningRate(0.5);
    expect(timeline.getState().viewedEpoch).toBe(2);
    training.getState().play();
    expect(timeline.getState()).toMatchObject({ viewedEpoch: null, past: null });

    training.getState().pause();
    timeline.getState().view(3);
    training.getState().step();
    expect(timeline.getState()).toMatchObject({ viewedEpoch: null, past: null });
  });

  it('continue from here forks the run at the viewed epoch and trains on with its settings', () => {
    const { training, timeline, sent } = session();
    const weights = train(training, 5);
    // A rate changed at epoch 5 belongs to the branch a fork at 3 leaves; the pace stays.
    training.getState().setLearningRate(0.5);
    training.getState().setSpeed(10);
    train(training, 3);
    timeline.getState().view(3);
    sent.length = 0;
    timeline.getState().continueFromHere();
    expect(sent.map((m) => m.type)).toEqual(['fork', 'configure', 'play']);
    expect(sent[0]).toEqual({ type: 'fork', epoch: 3 });
    expect(timeline.getState()).toMatchObject({ viewedEpoch: null, past: null });
    const { snapshot, history, config } = training.getState();
    expect(snapshot?.epoch).toBe(3);
    expect(snapshot?.running).toBe(true);
    expect(Array.from(snapshot!.params)).toEqual(Array.from(weights[3]!));
    expect(history.length).toBe(3);
    expect(config.learningRate).toBe(1);
    expect(snapshot?.trainedWith).toMatchObject({ learningRate: 1, speed: 10 });
  });

  it('a new run (Reset) ends time travel', () => {
    const { training, timeline } = session();
    train(training, 4);
    timeline.getState().view(2);
    training.getState().reset();
    expect(timeline.getState()).toMatchObject({ viewedEpoch: null, past: null });
    // And the next scrub is answered.
    train(training, 2);
    timeline.getState().view(1);
    expect(timeline.getState().past?.epoch).toBe(1);
  });
});
