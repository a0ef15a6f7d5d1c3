// @vitest-environment jsdom
import '@/test/jsdom-setup';
import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithStores, sentOfType } from '@/test/render';
import { NetworkGraph } from './NetworkGraph';

const weightKeys = () => screen.getAllByRole('button', { name: /^Weight .* to .*Press Enter/ });
const biasKeys = () => screen.getAllByRole('button', { name: /^Bias of neuron / });
const inputKeys = () => screen.getAllByRole('button', { name: /^Input / });

describe('NetworkGraph', () => {
  it('draws the tutorial net: 2 inputs, 3 hidden, 1 output and 9 weights, each with a name', () => {
    renderWithStores(<NetworkGraph />);
    const picture = screen.getByRole('img', { name: 'Network graph' });
    expect(picture.querySelectorAll('g.neuron')).toHaveLength(6);
    expect(picture.querySelectorAll('g.edge')).toHaveLength(9);
    // Labels drawn under the neurons.
    for (const label of ['x₁', 'x₂', 'h1', 'h2', 'h3', 'ŷ']) {
      expect(within(picture).getByText(label)).toBeInTheDocument();
    }

    const keys = screen.getByRole('list', { name: 'Weights and biases' });
    expect(keys).toBeInTheDocument();
    expect(inputKeys().map((b) => b.getAttribute('aria-label'))).toEqual([
      'Input x₁. Press Enter to turn it off.',
      'Input x₂. Press Enter to turn it off.',
    ]);
    expect(biasKeys().map((b) => b.getAttribute('aria-label'))).toEqual([
      'Bias of neuron h1 (bias_hidden[0, 0]). Press Enter to edit.',
      'Bias of neuron h2 (bias_hidden[0, 1]). Press Enter to edit.',
      'Bias of neuron h3 (bias_hidden[0, 2]). Press Enter to edit.',
      'Bias of neuron ŷ (bias_output[0, 0]). Press Enter to edit.',
    ]);
    expect(weightKeys()).toHaveLength(9);
    expect(
      screen.getByRole('button', {
        name: 'Weight x₁ to h1 (weights_input_hidden[0, 0]). Press Enter to edit.',
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', {
        name: 'Weight h3 to ŷ (weights_hidden_output[2, 0]). Press Enter to edit.',
      }),
    ).toBeInTheDocument();
    // The exact weights are written on the edges for tools: the tutorial's first, W1[0][0].
    expect(picture.querySelector('g.edge')).toHaveAttribute('data-weight', '0.5488135039273248');
    // One layer of hidden neurons to grow or shrink.
    expect(screen.getByRole('group', { name: 'Hidden layer 1' })).toBeInTheDocument();
  });

  it('redraws when the network changes shape', () => {
    const { stores } = renderWithStores(<NetworkGraph />);
    act(() => stores.training.getState().configure({ hiddenSizes: [5] }));
    const picture = screen.getByRole('img', { name: 'Network graph' });
    expect(picture.querySelectorAll('g.edge')).toHaveLength(15);
    expect(picture.querySelectorAll('g.neuron')).toHaveLength(8);
    expect(weightKeys()).toHaveLength(15);
    expect(biasKeys()).toHaveLength(6);

    act(() => stores.training.getState().configure({ hiddenSizes: [2, 2] }));
    expect(weightKeys()).toHaveLength(2 * 2 + 2 * 2 + 2 * 1);
    expect(screen.getByRole('group', { name: 'Hidden layer 2' })).toBeInTheDocument();
  });

  it('shows new weights after a training step', () => {
    const { stores } = renderWithStores(<NetworkGraph />);
    const firstEdge = () =>
      screen.getByRole('img', { name: 'Network graph' }).querySelector('g.edge');
    const before = firstEdge()?.getAttribute('data-weight');
    act(() => stores.training.getState().step());
    const after = firstEdge()?.getAttribute('data-weight');
    expect(after).not.toBe(before);
    expect(Number(after)).toBe(stores.training.getState().snapshot?.params[0]);
  });

  it('adds a neuron to a hidden layer from its + button', async () => {
    const rendered = renderWithStores(<NetworkGraph />);
    const { user, stores } = rendered;
    await user.click(screen.getByRole('button', { name: 'Add neuron to layer 1' }));
    expect(sentOfType(rendered, 'configure')).toEqual([
      { type: 'configure', patch: { hiddenSizes: [4] } },
    ]);
    expect(stores.training.getState().config.hiddenSizes).toEqual([4]);
    expect(weightKeys()).toHaveLength(12);

    await user.click(screen.getByRole('button', { name: 'Remove neuron from layer 1' }));
    expect(stores.training.getState().snapshot?.layerSizes).toEqual([2, 3, 1]);
    expect(weightKeys()).toHaveLength(9);
  });

  it('reads out a weight on focus and focuses the heatmap on a neuron', async () => {
    const rendered = renderWithStores(<NetworkGraph />);
    const { user, stores } = rendered;
    // Tab order: the layer's − and + buttons, then the inputs, then h1's bias.
    await user.tab();
    await user.tab();
    await user.tab();
    expect(screen.getByRole('button', { name: /^Input x₁\./ })).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent('Input x₁');

    act(() =>
      screen
        .getByRole('button', {
          name: 'Bias of neuron h1 (bias_hidden[0, 0]). Press Enter to edit.',
        })
        .focus(),
    );
    expect(stores.view.getState().focusedNeuron).toMatchObject({ index: 0, label: 'h1' });
    expect(sentOfType(rendered, 'focusNeuron').at(-1)).toEqual({
      type: 'focusNeuron',
      neuron: 0,
    });
    expect(screen.getByRole('status')).toHaveTextContent(
      /^Bias of h1 \(bias_hidden\[0, 0\]\) = 0\.43758\d* \(positive\)$/,
    );

    act(() =>
      screen
        .getByRole('button', {
          name: 'Weight x₁ to h1 (weights_input_hidden[0, 0]). Press Enter to edit.',
        })
        .focus(),
    );
    expect(screen.getByRole('status')).toHaveTextContent(
      'Weight x₁ → h1 (weights_input_hidden[0, 0]) = 0.5488135039273248 (positive)',
    );
    // Leaving the neuron gives the big heatmap back to the output.
    expect(stores.view.getState().focusedNeuron).toBeNull();
    expect(sentOfType(rendered, 'focusNeuron').at(-1)).toEqual({
      type: 'focusNeuron',
      neuron: null,
    });
  });

  it('edits a weight: Enter on its key, type a value, Enter sets it in the trainer', async () => {
    const rendered = renderWithStores(<NetworkGraph />);
    const { user, stores } = rendered;
    screen
      .getByRole('button', {
        name: 'Weight x₂ to h3 (weights_input_hidden[1, 2]). Press Enter to edit.',
      })
      .focus();
    await user.keyboard('{Enter}');
    const field = await screen.findByRole('textbox', {
      name: 'Weight x₂ to h3 (weights_input_hidden[1, 2])',
    });
    expect(field).toHaveFocus();
    expect(field).toHaveValue('0.645894');

    await user.clear(field);
    await user.type(field, '-1.5{Enter}');
    expect(sentOfType(rendered, 'setParam')).toEqual([{ type: 'setParam', index: 5, value: -1.5 }]);
    expect(stores.training.getState().snapshot?.params[5]).toBe(-1.5);
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    const edge = screen
      .getByRole('img', { name: 'Network graph' })
      .querySelector('g.edge[data-from="0-1"][data-to="1-2"]');
    expect(edge).toHaveAttribute('data-weight', '-1.5');
    expect(edge).toHaveAttribute('data-sign', 'negative');
  });

  it('shows every feature in the input column; Enter on one turns it on or off, keeping the weights', async () => {
    const { user, stores } = renderWithStores(<NetworkGraph />);
    act(() => stores.training.getState().configure({ dataset: 'circle' }));
    const picture = screen.getByRole('img', { name: 'Network graph' });
    // x₁ and x₂ are inputs; the other five features wait greyed in their places.
    expect(picture.querySelectorAll('g.neuron.input:not(.unused)')).toHaveLength(2);
    expect(picture.querySelectorAll('g.neuron.input.unused')).toHaveLength(5);
    const before = stores.training.getState().snapshot!.params.slice();
    await user.click(
      screen.getByRole('button', {
        name: 'Feature x₁², not used. Press Enter to add it as an input.',
      }),
    );
    expect(stores.training.getState().config.features).toEqual(['x1', 'x2', 'x1sq']);
    const after = stores.training.getState().snapshot!;
    expect(after.layerSizes).toEqual([3, 3, 1]);
    // x₁'s and x₂'s rows of W1 and every later parameter are as they were; x₁²'s row is new.
    expect(Array.from(after.params.subarray(0, 6))).toEqual(Array.from(before.subarray(0, 6)));
    expect(Array.from(after.params.subarray(9))).toEqual(Array.from(before.subarray(6)));
    await user.click(screen.getByRole('button', { name: 'Input x₁. Press Enter to turn it off.' }));
    expect(stores.training.getState().config.features).toEqual(['x2', 'x1sq']);
    expect(Array.from(stores.training.getState().snapshot!.params.subarray(0, 3))).toEqual(
      Array.from(after.params.subarray(3, 6)),
    );
  });
});
