// @vitest-environment jsdom
import '@/test/jsdom-setup';
import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithStores, type Rendered } from '@/test/render';
import { StepPanel } from './StepPanel';

/** Renders the panel and enters step mode, as the Step-through button does. */
function renderEntered(): Rendered {
  const rendered = renderWithStores(<StepPanel />);
  act(() => rendered.stores.step.getState().enter());
  return rendered;
}

/** The phase bar's current entry, as read aloud. */
const currentPhase = () =>
  within(screen.getByRole('list', { name: 'Phases' }))
    .getAllByRole('listitem')
    .find((item) => item.getAttribute('aria-current') === 'step')?.textContent;

const button = (name: string | RegExp) => screen.getByRole('button', { name });

describe('StepPanel', () => {
  it('shows nothing outside step mode', () => {
    const { container } = renderWithStores(<StepPanel />);
    expect(container).toBeEmptyDOMElement();
  });

  it('opens on the first forward layer of epoch 0, as the header and the tutorial number it', () => {
    renderEntered();
    expect(screen.getByRole('heading', { name: 'Step through epoch 0' })).toBeInTheDocument();
    expect(
      within(screen.getByRole('list', { name: 'Phases' }))
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Forward · layer 1', 'Loss', 'Backward', 'Update']);
    expect(currentPhase()).toBe('Forward · layer 1');
    expect(screen.getByText(/^Forward, layer 1 of 2:/)).toBeInTheDocument();
    expect(button('← Previous')).toBeDisabled();
    expect(button('Next →')).toBeEnabled();
    // The whole batch by default, and each of XOR's four rows to pick from.
    const sample = screen.getByRole('combobox', { name: 'Sample' });
    expect(sample).toHaveDisplayValue('All rows (batch, summed)');
    expect(within(sample).getAllByRole('option')).toHaveLength(5);
  });

  it('Next and Previous walk the phases: forward, loss, backward, update', async () => {
    const { user, stores, sent } = renderEntered();
    const seen = [currentPhase()];
    for (let i = 0; i < 5; i++) {
      await user.click(button('Next →'));
      seen.push(currentPhase());
    }
    expect(seen).toEqual([
      'Forward · layer 1',
      'Forward · layer 2',
      'Loss',
      'Backward · layer 2',
      'Backward · layer 1',
      'Update',
    ]);
    expect(button('Next →')).toBeDisabled();
    expect(stores.step.getState()).toMatchObject({ phase: 'update', layer: 0 });
    expect(screen.getByText(/^Update: every weight moves by −η × ∂E\/∂w \(η = 1\)/)).toBeVisible();

    await user.click(button('← Previous'));
    await user.click(button('← Previous'));
    await user.click(button('← Previous'));
    expect(currentPhase()).toBe('Loss');
    // The loss phase lists each row's error and their mean: the tutorial's first loss.
    expect(screen.getByText('Mean: 0.3859387189496001')).toBeInTheDocument();
    // Walking through a step changes nothing in the trainer.
    expect(sent()).toEqual([]);
  });

  it('Apply trains the traced step and starts over on the next epoch', async () => {
    const { user, stores, sent } = renderEntered();
    act(() => {
      for (let i = 0; i < 5; i++) stores.step.getState().next();
    });
    const traced = stores.step.getState().trace!.updatedParams;
    await user.click(button('Apply update (epoch 0 → 1)'));
    expect(sent()).toEqual([{ type: 'step' }]);
    const snapshot = stores.training.getState().snapshot!;
    expect(snapshot.epoch).toBe(1);
    expect(Array.from(snapshot.params)).toEqual(Array.from(traced));
    expect(screen.getByRole('heading', { name: 'Step through epoch 1' })).toBeInTheDocument();
    expect(currentPhase()).toBe('Forward · layer 1');
  });

  it('Undo after Apply goes back to the update, its weights and epoch restored', async () => {
    const { user, stores, sent } = renderEntered();
    act(() => {
      for (let i = 0; i < 5; i++) stores.step.getState().next();
    });
    const before = Array.from(stores.training.getState().snapshot!.params);
    await user.click(button('Apply update (epoch 0 → 1)'));
    // At the first stop of epoch 1, ← undoes; one stop further it walks back again.
    expect(button('← Undo update')).toBeEnabled();
    await user.click(button('Next →'));
    await user.click(button('← Previous'));
    await user.click(button('← Undo update'));
    expect(sent().map((m) => m.type)).toEqual(['step', 'fork', 'configure']);
    expect(Array.from(stores.training.getState().snapshot!.params)).toEqual(before);
    expect(screen.getByRole('heading', { name: 'Step through epoch 0' })).toBeInTheDocument();
    expect(currentPhase()).toBe('Update');
  });

  it('a single row can be traced but not applied, and says why', async () => {
    const { user, stores, sent } = renderEntered();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sample' }), '2');
    expect(stores.step.getState().sample).toBe(2);
    act(() => {
      for (let i = 0; i < 5; i++) stores.step.getState().next();
    });
    const apply = button(/^Apply update/);
    expect(apply).toBeDisabled();
    expect(apply).toHaveAccessibleDescription(
      'Training updates on all rows at once: choose “all (batch)” to apply.',
    );
    expect(sent()).toEqual([]);
  });

  it('Close leaves step mode', async () => {
    const { user, stores, container } = renderEntered();
    await user.click(button('Close'));
    expect(stores.step.getState().active).toBe(false);
    expect(container).toBeEmptyDOMElement();
  });

  it('leaves step mode when training is played', () => {
    const { stores, container } = renderEntered();
    act(() => stores.training.getState().play());
    expect(stores.step.getState().active).toBe(false);
    expect(container).toBeEmptyDOMElement();
  });
});
