import { useEffect, useId, useState } from 'react';
import { applyThemeChoice, loadThemeChoice, saveThemeChoice, type ThemeChoice } from './theme';
import './ThemeToggle.css';

const LABELS: Record<ThemeChoice, string> = { light: 'Light', dark: 'Dark', system: 'System' };
const ICONS: Record<ThemeChoice, string> = { light: '☀', dark: '☾', system: '◐' };

/** Light, dark or follow the system: a three-way radio group, remembered across visits. */
export function ThemeToggle() {
  const [choice, setChoice] = useState<ThemeChoice>(loadThemeChoice);
  const name = useId();

  // public/theme-init.js normally did this already; this covers a changed key or a
  // page opened without it (tests, embedding).
  useEffect(() => applyThemeChoice(choice), [choice]);

  const choose = (next: ThemeChoice) => {
    setChoice(next);
    saveThemeChoice(next);
  };

  return (
    <fieldset className="theme-toggle">
      <legend>Theme</legend>
      {(Object.keys(LABELS) as ThemeChoice[]).map((option) => (
        <label key={option} title={`${LABELS[option]} theme`}>
          <input
            type="radio"
            name={name}
            value={option}
            checked={choice === option}
            onChange={() => choose(option)}
          />
          <span aria-hidden="true">{ICONS[option]}</span>
          <span className="theme-toggle-text">{LABELS[option]}</span>
        </label>
      ))}
    </fieldset>
  );
}
