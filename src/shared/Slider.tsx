import type { ControlId } from './control-ids';
import { useId, type ChangeEvent } from 'react';

interface SliderProps {
  /** The accessible name, also shown. */
  readonly label: string;
  /** The value as a learner reads it (the slider itself may run on a log scale). */
  readonly display: string;
  readonly min: number;
  readonly max: number;
  readonly step: number;
  readonly position: number;
  readonly onPosition: (position: number) => void;
  readonly title?: string;
  /** Presenter mode can hide this control (control-ids.ts). */
  readonly control?: ControlId;
  readonly disabled?: boolean;
}

/** A labelled range input with its current value written beside the label. */
export function Slider({
  label,
  display,
  min,
  max,
  step,
  position,
  onPosition,
  title,
  disabled,
  control,
}: SliderProps) {
  const id = useId();
  return (
    <div className="slider" title={title} data-control={control}>
      <span>
        <label htmlFor={id}>{label}</label>
        <output htmlFor={id}>{display}</output>
      </span>
      <input
        id={id}
        type="range"
        min={min}
        max={max}
        step={step}
        value={position}
        disabled={disabled}
        aria-valuetext={display}
        onChange={(event: ChangeEvent<HTMLInputElement>) => onPosition(Number(event.target.value))}
      />
    </div>
  );
}
