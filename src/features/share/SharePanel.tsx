import { useStores, useView } from '@/state/hooks';
import { useId, useRef, useState, type ChangeEvent, type ReactNode } from 'react';
import type { NoticeStore } from '@/shared/notice-store';
import { HIDEABLE_CONTROLS } from './url-state';
import { downloadBlob } from '@/shared/download';
import { reportLoadFailure } from '@/shared/lazy-view';
import { GLOSSARY } from '@/shared/glossary';
import { currentLink } from './share-link';
import { OpenLink } from './OpenLink';

// Saving, opening and picture export load on first use: none is needed to train or watch.
const modelActions = (notices: NoticeStore) =>
  import('./model-actions').catch(() => {
    reportLoadFailure(notices);
    return null;
  });

/**
 * The share menu's content: link, model file (and `exportActions` beside it), graph pictures
 * and presenter mode.
 */
export function SharePanel({ exportActions }: { exportActions?: ReactNode }) {
  const stores = useStores();
  const { notices } = stores;
  const [includeWeights, setIncludeWeights] = useState(false);
  const [link, setLink] = useState('');
  const [copyState, setCopyState] = useState('');
  const linkField = useRef<HTMLInputElement>(null);
  const ids = { link: useId(), weights: useId(), file: useId() };

  const copyLink = async () => {
    const { link: next, weightsLeftOut, notice } = currentLink(stores, includeWeights);
    setLink(next);
    if (weightsLeftOut) {
      notices.getState().push('The weights are not all finite numbers; the link leaves them out.');
    }
    // The record could not travel (too long, too slow to replay): say what the link lacks.
    if (notice !== null) notices.getState().push(notice);
    try {
      await navigator.clipboard.writeText(next);
      setCopyState('Link copied.');
    } catch {
      // No clipboard permission (or no secure context): the field below holds it, selected.
      setCopyState('Copying is not allowed here: the link is selected below, copy it by hand.');
      requestAnimationFrame(() => linkField.current?.select());
    }
  };

  const exportPicture = async (format: 'svg' | 'png') => {
    const pictures = await import('./graph-export').catch(() => null);
    if (!pictures) return reportLoadFailure(notices);
    const { findGraphSvg, graphToSvgText, svgTextToPng } = pictures;
    const svg = findGraphSvg();
    if (!svg) return;
    const text = graphToSvgText(svg);
    if (format === 'svg') {
      downloadBlob(new Blob([text], { type: 'image/svg+xml' }), 'network-graph.svg');
      return;
    }
    try {
      const png = await svgTextToPng(text);
      downloadBlob(png, 'network-graph.png');
    } catch (error) {
      notices
        .getState()
        .push(
          `The PNG could not be made: ${error instanceof Error ? error.message : String(error)}`,
          'error',
        );
    }
  };

  const onFile = (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    // Cleared so that choosing the same file again is a change too.
    input.value = '';
    if (file) void modelActions(notices).then((actions) => actions?.importModelFile(file, stores));
  };

  return (
    <div className="header-menu-panel share-panel">
      <div className="share-group">
        <label className="toggle" htmlFor={ids.weights}>
          <input
            id={ids.weights}
            type="checkbox"
            checked={includeWeights}
            onChange={(event) => setIncludeWeights(event.target.checked)}
          />
          Include trained weights
        </label>
        <button type="button" onClick={() => void copyLink()}>
          Copy link
        </button>
        <label htmlFor={ids.link}>Link</label>
        <input
          id={ids.link}
          ref={linkField}
          className="share-link"
          type="text"
          readOnly
          value={link}
          placeholder="Press Copy link"
          onFocus={(event) => event.currentTarget.select()}
        />
        <p className="share-status" aria-live="polite">
          {copyState}
        </p>
      </div>
      <OpenLink />
      <div className="share-group">
        <button
          type="button"
          onClick={() => void modelActions(notices).then((actions) => actions?.exportModel(stores))}
          title="Settings, weights and epoch as JSON"
        >
          Export model
        </button>
        <label className="file-button" htmlFor={ids.file}>
          Import model
        </label>
        <input
          id={ids.file}
          className="visually-hidden-file"
          type="file"
          accept=".json,application/json"
          onChange={onFile}
        />
        {exportActions}
      </div>
      <div className="share-group">
        <button type="button" onClick={() => void exportPicture('svg')}>
          Export SVG
        </button>
        <button type="button" onClick={() => void exportPicture('png')}>
          Export PNG
        </button>
      </div>
      <PresenterSettings />
    </div>
  );
}

function PresenterSettings() {
  const presenter = useView((s) => s.presenter);
  const hide = useView((s) => s.hide);
  // Rendered only on request: its labels ("learning rate", "epochs", …) must not compete with
  // the controls' own labels for anyone looking a control up by name.
  const [choosing, setChoosing] = useState(false);
  const set = useStores().view.getState().set;
  const toggle = (id: string, on: boolean) =>
    set({ hide: HIDEABLE_CONTROLS.filter((c) => (c === id ? on : hide.includes(c))) });
  return (
    <div className="share-group">
      <label className="toggle" title={GLOSSARY.presenter.text}>
        <input
          type="checkbox"
          checked={presenter}
          onChange={(event) => set({ presenter: event.target.checked })}
        />
        Presenter mode
      </label>
      <button type="button" aria-expanded={choosing} onClick={() => setChoosing(!choosing)}>
        Controls to hide ({hide.length})
      </button>
      {choosing && (
        <fieldset className="hide-controls">
          <legend>Hide, presenting or not</legend>
          {HIDEABLE_CONTROLS.map((id) => (
            <label key={id} className="toggle">
              <input
                type="checkbox"
                checked={hide.includes(id)}
                onChange={(event) => toggle(id, event.target.checked)}
              />
              {id.replace('-', ' ')}
            </label>
          ))}
        </fieldset>
      )}
    </div>
  );
}
