/**
 * Starts the app: reads the page's link once, creates the stores around a supervised trainer
 * worker, replays the link's run and applies its view, and keeps the address bar in step. Nothing
 * happens on import; main.tsx calls this once, tests never need to.
 */
import { startUrlSync } from '@/features/share/url-sync';
import { parseAddress } from '@/features/share/open-link';
import { linkReplay, runOf } from '@/features/share/url-state';
import { createSweepStore, type SweepStore } from '@/features/sweep/sweep-store';
import { createNoticeStore } from '@/shared/notice-store';
import { whenPageComplete } from '@/shared/page-stages';
import { createAppStores, type AppStores } from '@/state/app-stores';
import { createTrainingStore, recoveryCommands, type TrainingStore } from '@/state/training-store';
import { startSweepWorker, startTrainerWorker } from '@/worker/client';
import { supervise } from '@/worker/trainer-supervisor';
import { reloadPage } from '@/shared/reload-page';
import { announceUpdates } from './updates';

export interface RunningApp {
  readonly stores: AppStores;
  readonly sweep: SweepStore;
}

export function bootstrap(location: Location = window.location): RunningApp {
  const fromLink = parseAddress(location.search, location.hash);
  // A Playground hash is read once: the address bar then holds the run as our own link.
  if (fromLink.playground) window.history.replaceState(window.history.state, '', location.pathname);
  const notices = createNoticeStore();
  // The supervisor asks for the store's state only once a worker fails, after it exists.
  let training: TrainingStore | null = null;
  const supervisedTrainer = supervise(startTrainerWorker, {
    recover: () => (training ? recoveryCommands(training.getState()) : []),
    // Told once the new worker has sent the run back: the epoch is the one it carried on from.
    onRestart: (reason) => {
      const epoch = training?.getState().snapshot?.epoch ?? 0;
      notices
        .getState()
        .push(
          `The trainer stopped: ${reason}. A new one took over at epoch ${epoch}; nothing was lost.`,
        );
    },
    // One notice however many tries it took (a deploy removed the worker's script, or it is
    // blocked): only a reload can help.
    onGiveUp: () =>
      notices.getState().push('The trainer cannot start — reload the page.', 'error', {
        label: 'Reload',
        run: reloadPage,
      }),
    now: () => performance.now(),
    every: (ms, check) => window.setInterval(check, ms),
    later: (task, ms) => window.setTimeout(task, ms),
    visible: () => document.visibilityState === 'visible',
  });
  training = createTrainingStore(
    supervisedTrainer,
    { request: (callback) => requestAnimationFrame(callback) },
    fromLink.config,
  );
  const stores = createAppStores(training, notices);

  // The link's record (edits, saved weights) replayed to its epoch: the sender's numbers.
  const linkRun = runOf(fromLink);
  const replay = linkReplay(linkRun);
  if (replay) training.getState().replay(replay.record, replay.epoch);
  stores.view.getState().set(fromLink.view);
  for (const text of fromLink.notices) notices.getState().push(text);
  startUrlSync(training, stores.view, linkRun);
  // The service worker and its precache wait until the page is on screen.
  whenPageComplete(() => announceUpdates(notices));
  return { stores, sweep: createSweepStore(startSweepWorker) };
}
