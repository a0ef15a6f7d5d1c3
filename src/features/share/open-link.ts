/**
 * A link read on the page itself, whether ours (`?lr=0.3&…`) or TensorFlow Playground's
 * (`#activation=relu&…`): the page's own address when it opens, or one pasted into the share
 * panel, which replaces the run on screen as opening the link would.
 */
import type { AppStores } from '@/state/app-stores';
import { parseUrlState, runOf, type ParsedUrlState } from './url-state';
import { isPlaygroundHash, parsePlaygroundHash } from './url-playground';

/** The run an address holds: its Playground hash if it has one, else its query. */
export function parseAddress(
  search: string,
  hash: string,
): ParsedUrlState & { playground: boolean } {
  const playground = isPlaygroundHash(hash);
  return { ...(playground ? parsePlaygroundHash(hash) : parseUrlState(search)), playground };
}

/** The query and hash of pasted text: a whole address, or just its "?…" or "#…" part. */
function partsOf(text: string): { search: string; hash: string } | null {
  const trimmed = text.trim();
  const hashAt = trimmed.indexOf('#');
  const hash = hashAt === -1 ? '' : trimmed.slice(hashAt);
  const beforeHash = hashAt === -1 ? trimmed : trimmed.slice(0, hashAt);
  const queryAt = beforeHash.indexOf('?');
  const search = queryAt === -1 ? '' : beforeHash.slice(queryAt);
  return search === '' && hash === '' ? null : { search, hash };
}

/**
 * Opens pasted link text in place of the run on screen, with the link's notices; returns what
 * the share panel says about it.
 */
export function openPastedLink(
  text: string,
  stores: Pick<AppStores, 'training' | 'view' | 'notices'>,
): string {
  const parts = partsOf(text);
  if (!parts || (parts.search === '' && !isPlaygroundHash(parts.hash))) {
    return 'That is not a link to a run: paste an address with settings after “?” or a Playground “#…”.';
  }
  const parsed = parseAddress(parts.search, parts.hash);
  const run = runOf(parsed);
  stores.training
    .getState()
    .replay({ start: run.start, origin: run.origin, edits: run.edits }, run.epoch);
  stores.view.getState().set(parsed.view);
  for (const notice of parsed.notices) stores.notices.getState().push(notice);
  return parsed.playground ? 'Opened the Playground link.' : 'Opened the link.';
}
