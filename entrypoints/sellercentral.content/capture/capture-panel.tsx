import { t } from '../../../locales/current';
import { useState } from 'preact/hooks';
import type { CaptureRequest } from '../../../utils/capture-protocol';
import { onTrusted } from '../page/trusted-events';
import { CaptureStatus, type CaptureState } from '../../../components/capture-status';
import { NameMissing } from '../../../components/name-missing';

/** "a-to-z, damaged ,  " → ['a-to-z', 'damaged'] (unique, at most 20 of 40 characters). */
export function parseTags(text: string): string[] {
  const tags = text
    .split(',')
    .map((tag) => tag.trim().slice(0, 40))
    .filter(Boolean);
  return [...new Set(tags)].slice(0, 20);
}

interface CapturePanelProps {
  /** The screenshot setting, preselected. */
  defaultMode: 'visible' | 'full';
  state: CaptureState;
  onCapture(request: Required<CaptureRequest>): void;
  /** Set while the agent has no name: the panel says so, and this opens the welcome page. */
  onSetName?: () => void;
}

/**
 * The in-page capture control: a "Capture page" button, and behind "Options" the
 * visible/full-page choice, tags and a one-line note. Renders only; the caller captures,
 * on the agent's own click only (a page script's `click()` does nothing).
 */
export function CapturePanel({ defaultMode, state, onCapture, onSetName }: CapturePanelProps) {
  const [open, setOpen] = useState(false);
  const [mode, setMode] = useState(defaultMode);
  const [tags, setTags] = useState('');
  const [note, setNote] = useState('');
  const working = state.status === 'working';
  const capture = () => onCapture({ fullPage: mode === 'full', tags: parseTags(tags), note: note.trim().slice(0, 500) });
  return (
    <div class="sg-capture" role="group" aria-label={t('capture.panel.label')}>
      <div class="sg-capture-row">
        <button type="button" class="sg-capture-button" onClick={onTrusted(capture)} disabled={working}>
          {t('capture.panel.capture')}
        </button>
        <button type="button" class="sg-capture-more" aria-expanded={open} aria-controls="sg-capture-options" onClick={() => setOpen(!open)}>
          {t('capture.panel.options')}
        </button>
      </div>
      <div id="sg-capture-options" class="sg-capture-options" hidden={!open}>
        {/* Behind "Options", not above the row: a taller closed panel would cover Send on thread pages. */}
        {onSetName ? <NameMissing onFix={onSetName} /> : null}
        <fieldset>
          <legend>{t('capture.panel.screenshot')}</legend>
          {(['visible', 'full'] as const).map((value) => (
            <label key={value}>
              <input type="radio" name="sg-capture-mode" value={value} checked={mode === value} onChange={() => setMode(value)} />
              {value === 'visible' ? t('capture.panel.visible') : t('capture.panel.full')}
            </label>
          ))}
        </fieldset>
        <label>
          {t('capture.panel.tags')}
          <input type="text" value={tags} maxLength={400} onInput={(e) => setTags(e.currentTarget.value)} />
        </label>
        <label>
          {t('capture.panel.note')}
          <input type="text" value={note} maxLength={500} onInput={(e) => setNote(e.currentTarget.value)} />
        </label>
      </div>
      <CaptureStatus state={state} />
    </div>
  );
}
