import { useNotices } from './notice-store';
import './Notices.css';

/**
 * What went wrong with a link or an opened file, in words, each dismissible. The region is a
 * live status region that is always present, so screen readers announce what is added to it.
 */
export function Notices() {
  const notices = useNotices((s) => s.notices);
  const dismiss = useNotices((s) => s.dismiss);
  const clear = useNotices((s) => s.clear);
  return (
    <div className="notices" role="status" aria-label="Notices">
      {notices.length > 0 && (
        <ul>
          {notices.map((notice) => (
            <li key={notice.id} className={`notice ${notice.kind}`} data-notice={notice.kind}>
              <span>{notice.text}</span>
              {notice.action && (
                <button type="button" className="notice-action" onClick={notice.action.run}>
                  {notice.action.label}
                </button>
              )}
              <button
                type="button"
                aria-label="Dismiss notice"
                title="Dismiss"
                onClick={() => dismiss(notice.id)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      {notices.length > 1 && (
        <button type="button" className="notices-clear" onClick={clear}>
          Dismiss all
        </button>
      )}
    </div>
  );
}
