/**
 * The link that reproduces what is on screen: the run's record replayed to the epoch on screen,
 * or, asked for or when the record cannot travel, the weights on screen.
 */
import type { AppStores } from '@/state/app-stores';
import { linkRunOf, recordRefusal, weightsCaveat } from './run-link';
import { serializeRun, serializeUrlState } from './url-state';
import { viewOptionsOf } from './url-sync';

export interface CurrentLink {
  readonly link: string;
  /** The weights were asked for (or needed) but are not all finite, so the link has none. */
  readonly weightsLeftOut: boolean;
  /** Set when the link carries the weights although the record was wanted: says what is lost. */
  readonly notice: string | null;
}

/**
 * An absolute link to this page with the current run in its query: its record, opened at the
 * epoch on screen, unless `includeWeights` asks for the weights instead. Weights go in only if
 * all finite (a diverged run's are not: no NaN ever goes into a link).
 */
export function currentLink(
  stores: Pick<AppStores, 'training' | 'view'>,
  includeWeights: boolean,
): CurrentLink {
  const state = stores.training.getState();
  const { config, snapshot } = state;
  const view = viewOptionsOf(stores.view.getState());
  const { origin, pathname } = window.location;
  const address = (query: string) => `${origin}${pathname}${query}`;

  const run = snapshot ? linkRunOf(state, snapshot.epoch) : null;
  let notice: string | null = null;
  if (run && !includeWeights) {
    const query = serializeRun(run, view);
    const refusal = recordRefusal(run, query);
    if (refusal === null) return { link: address(query), weightsLeftOut: false, notice: null };
    notice = `${refusal}, ${weightsCaveat(run)}`;
  }
  const finite = snapshot !== null && snapshot.params.every(Number.isFinite);
  const wanted = includeWeights || notice !== null;
  const weights =
    wanted && snapshot && finite ? { epoch: snapshot.epoch, params: snapshot.params } : undefined;
  // The weights' own settings: those they were trained with, at today's pace.
  const settings = snapshot
    ? { ...snapshot.trainedWith, speed: config.speed, epochTarget: config.epochTarget }
    : config;
  return {
    link: address(serializeUrlState(weights ? settings : config, view, weights)),
    weightsLeftOut: wanted && weights === undefined,
    notice: weights ? notice : null,
  };
}
