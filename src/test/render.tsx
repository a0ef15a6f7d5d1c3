/**
 * Renders a view the way the app does, inside a StoresProvider, around an in-thread training
 * session: every command the view sends is recorded, and its effect is in the stores at once.
 */
import { render, type RenderResult } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { createAppStores, type AppStores } from '@/state/app-stores';
import { inThreadSession } from '@/state/in-thread-session';
import { StoresProvider } from '@/state/StoresProvider';
import type { ToWorker, TrainerConfig } from '@/training/protocol';

export interface Rendered extends RenderResult {
  readonly stores: AppStores;
  readonly user: UserEvent;
  /** Every command sent to the trainer since the render, acks left out. */
  readonly sent: () => ToWorker[];
}

export function renderWithStores(ui: ReactElement): Rendered {
  const messages: ToWorker[] = [];
  const stores = createAppStores(inThreadSession({ onSend: (m) => messages.push(m) }));
  // The session's own start (init) is not the view's doing.
  messages.length = 0;
  // Before render: user-event puts its clipboard stand-in on navigator here.
  const user = userEvent.setup();
  const result = render(<StoresProvider stores={stores}>{ui}</StoresProvider>);
  return {
    ...result,
    stores,
    user,
    sent: () => messages.filter((m) => m.type !== 'ack'),
  };
}

/** Only the commands of the given kind, in order. */
export function sentOfType<T extends ToWorker['type']>(
  rendered: Pick<Rendered, 'sent'>,
  type: T,
): Extract<ToWorker, { type: T }>[] {
  return rendered.sent().filter((m): m is Extract<ToWorker, { type: T }> => m.type === type);
}

/** The settings the trainer itself reported last: proof that a change reached it. */
export function trainerConfig(stores: Pick<AppStores, 'training'>): TrainerConfig {
  const snapshot = stores.training.getState().snapshot;
  if (!snapshot) throw new Error('The trainer has not reported yet');
  return snapshot.trainedWith;
}
