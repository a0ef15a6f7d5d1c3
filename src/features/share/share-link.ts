/** The link that reproduces what is on screen: settings, view and optionally the weights. */
import type { AppStores } from '@/state/app-stores';
import { serializeUrlState } from './url-state';
import { viewOptionsOf } from './url-sync';

/**
 * An absolute link to this page with the current run in its query. Weights are added only
 * when asked for and all finite (a diverged run's are not: no NaN ever goes into a link).
 */
export function currentLink(
  stores: Pick<AppStores, 'training' | 'view'>,
  includeWeights: boolean,
): { link: string; weightsLeftOut: boolean } {
  const { config, snapshot } = stores.training.getState();
  const view = viewOptionsOf(stores.view.getState());
  const finite = snapshot !== null && snapshot.params.every(Number.isFinite);
  const weights =
    includeWeights && snapshot && finite
      ? { epoch: snapshot.epoch, params: snapshot.params }
      : undefined;
  const { origin, pathname } = window.location;
  return {
    link: `${origin}${pathname}${serializeUrlState(config, view, weights)}`,
    weightsLeftOut: includeWeights && weights === undefined,
  };
}
