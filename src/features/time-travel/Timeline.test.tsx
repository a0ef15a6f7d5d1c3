// @vitest-environment jsdom
import '@/test/jsdom-setup';
import { act, fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithStores, sentOfType } from '@/test/render';
import { Timeline } from './Timeline';

const slider = () => screen.getByRole('slider', { name: 'Timeline' });

describe('Timeline', () => {
  it('spans every epoch of the run, one by one, and scrubs to exactly the one asked', () => {
    const rendered = renderWithStores(<Timeline />);
    const { stores } = rendered;
    expect(slider()).toBeDisabled();
    act(() => {
      for (let i = 0; i < 9; i++) stores.training.getState().step();
    });
    expect(slider()).toBeEnabled();
    expect(slider()).toHaveAttribute('min', '0');
    expect(slider()).toHaveAttribute('max', '9');
    expect(slider()).toHaveAttribute('step', '1');
    expect(slider()).toHaveAttribute('aria-valuetext', 'epoch 9, live');
    fireEvent.change(slider(), { target: { value: '7' } });
    expect(sentOfType(rendered, 'moment')).toEqual([{ type: 'moment', epoch: 7 }]);
    expect(stores.timeline.getState().past?.epoch).toBe(7);
    expect(slider()).toHaveValue('7');
    expect(screen.getByText('Epoch 7 of 9')).toBeInTheDocument();
    expect(document.querySelector('[data-viewed-epoch="7"]')).toBeInTheDocument();
  });

  it('Live returns to the present; Continue from here forks there and plays', async () => {
    const rendered = renderWithStores(<Timeline />);
    const { stores, user } = rendered;
    act(() => {
      for (let i = 0; i < 6; i++) stores.training.getState().step();
    });
    fireEvent.change(slider(), { target: { value: '2' } });
    await user.click(screen.getByRole('button', { name: 'Live' }));
    expect(stores.timeline.getState().viewedEpoch).toBeNull();
    expect(slider()).toHaveValue('6');
    expect(screen.getByRole('button', { name: 'Continue from here' })).toBeDisabled();

    fireEvent.change(slider(), { target: { value: '4' } });
    await user.click(screen.getByRole('button', { name: 'Continue from here' }));
    expect(sentOfType(rendered, 'fork')).toEqual([{ type: 'fork', epoch: 4 }]);
    expect(stores.training.getState().snapshot?.epoch).toBe(4);
    expect(slider()).toHaveAttribute('max', '4');
    expect(document.querySelector('[data-viewed-epoch="live"]')).toBeInTheDocument();
  });
});
