import { LESSONS } from './lessons';
import { NotesEditor } from './NotesEditor';
import './lessons.css';

/**
 * Each lesson's links one click away (each opens the run its query sets up, relative to
 * wherever the app is served), then the editor for this run's notes.
 */
export function LessonsPanel({ linkOf }: { linkOf: () => string }) {
  return (
    <div className="header-menu-panel lessons-panel">
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
  );
}
