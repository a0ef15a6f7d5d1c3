import type { ControlId } from './control-ids';
import { useId } from 'react';

interface SelectProps<T extends string> {
  readonly label: string;
  readonly value: T;
  readonly options: readonly { readonly value: T; readonly label: string }[];
  readonly onChange: (value: T) => void;
  readonly title?: string;
  /** Presenter mode can hide this control (control-ids.ts). */
  readonly control?: ControlId;
}

/** A labelled drop-down whose options are a closed set of strings. */
export function Select<T extends string>({
  label,
  value,
  options,
  onChange,
  title,
  control,
}: SelectProps<T>) {
  const id = useId();
  return (
    <div className="select" title={title} data-control={control}>
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        onChange={(event) => {
          const chosen = options.find((o) => o.value === event.target.value);
          if (chosen) onChange(chosen.value);
        }}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
