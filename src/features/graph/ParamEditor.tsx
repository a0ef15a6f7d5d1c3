import { LIMITS } from '@/engine/limits';
import { useTraining } from '@/state/hooks';
import { useState } from 'react';

export interface EditTarget {
  /** Index of the weight or bias in the flat parameter array. */
  readonly index: number;
  readonly label: string;
  readonly x: number;
  readonly y: number;
  readonly value: number;
}

/** Type a new value for one weight or bias; applies at once, also while training. */
export function ParamEditor({ target, onClose }: { target: EditTarget; onClose: () => void }) {
  const setParam = useTraining((s) => s.setParam);
  const [text, setText] = useState(String(Number(target.value.toPrecision(6))));
  const parsed = Number(text);
  const valid =
    text.trim() !== '' && Number.isFinite(parsed) && Math.abs(parsed) <= LIMITS.typedWeight.max;
  return (
    <form
      className="param-editor"
      style={{ left: target.x, top: target.y }}
      onSubmit={(event) => {
        event.preventDefault();
        if (!valid) return;
        setParam(target.index, parsed);
        onClose();
      }}
    >
      <label>
        {target.label}
        <input
          // The editor opens on purpose, by click or Enter: focus belongs in it.
          autoFocus
          inputMode="decimal"
          value={text}
          aria-invalid={!valid}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={(event) => event.key === 'Escape' && onClose()}
          onBlur={onClose}
        />
      </label>
      {!valid && (
        <span className="field-error">Enter a number between −1,000,000 and 1,000,000</span>
      )}
    </form>
  );
}
