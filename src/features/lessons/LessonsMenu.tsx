import { useRef, useState } from 'react';
import { useDismissable } from '@/shared/use-dismissable';
import { LESSONS } from './lessons';
import { NotesEditor } from './NotesEditor';
import './lessons.css';

/**
 * The lessons of docs/teaching.md, each link one click away (it opens the run its query sets
 * up, relative to wherever the app is served), and the editor for this run's notes.
 * `linkOf` gives the link to the run on screen, notes included (the share menu's).
 */
export function LessonsMenu({ linkOf }: { linkOf: () => string }) {
  const menu = useRef<HTMLDetailsElement>(null);
  useDismissable(menu);
  // The editor keeps its draft while the menu is closed.
  const [opened, setOpened] = useState(false);
  return (
    <details
      className="lessons-menu"
      ref={menu}
      onToggle={(event) => {
        if (event.currentTarget.open) setOpened(true);
      }}
    >
      <summary title="Ready-made lessons, and notes pinned to epochs of this run">Lessons</summary>
      {opened && (
        <div className="lessons-panel">
          <nav aria-label="Lessons">
            {LESSONS.map((lesson, index) => (
              <section key={lesson.title} className="lesson">
                <h3>
                  {index + 1}. {lesson.title} <small>({lesson.minutes} min)</small>
                </h3>
                <ul>
                  {lesson.steps.map((step) => (
                    <li key={step.query}>
                      <a href={step.query}>{step.label}</a>
                    </li>
                  ))}
                </ul>
              </section>
            ))}
          </nav>
          <NotesEditor linkOf={linkOf} />
        </div>
      )}
    </details>
  );
}
