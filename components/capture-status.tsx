import { t } from '../locales/current';
import type { CaptureOutcome, CaptureProgress } from '../utils/capture-protocol';
import { pageKindLabel } from '../rules/page/page-kind-label';
import { unmaskedWarning } from '../utils/capture-masking-note';

export type CaptureState =
  | { status: 'idle' }
  | { status: 'working'; done: number; total: number }
  | { status: 'saved'; outcome: CaptureOutcome }
  | { status: 'unchanged'; lastSeq: number }
  | { status: 'failed'; message: string };

/** The state a progress message from the background puts the capture UI in. */
export function stateOf(progress: CaptureProgress): CaptureState {
  if (progress.phase === 'capturing') return { status: 'working', done: progress.done, total: progress.total };
  if (progress.phase === 'saved') return { status: 'saved', outcome: progress.outcome };
  if (progress.phase === 'unchanged') return { status: 'unchanged', lastSeq: progress.lastSeq };
  return { status: 'failed', message: progress.message };
}

function savedText(outcome: CaptureOutcome): string {
  const kind = pageKindLabel(outcome.kind);
  const what = outcome.orderId ? t('capture.ofOrder', { kind, orderId: outcome.orderId }) : kind;
  const pictures =
    outcome.screenshot === 'none' ? t('capture.textOnly') : t.plural(`capture.images.${outcome.screenshot}`, outcome.images);
  return t(outcome.source === 'auto' ? 'capture.savedAuto' : 'capture.saved', { seq: outcome.seq, what, pictures });
}

/** One line saying how the capture is going: progress and success as status, failure as alert. */
export function CaptureStatus({ state }: { state: CaptureState }) {
  switch (state.status) {
    case 'working':
      return (
        <p role="status" class="sg-capture-status" data-capture-state="working">
          {state.total > 0 ? t('capture.status.progress', { done: state.done, total: state.total }) : t('capture.status.working')}
          {state.total > 0 ? <progress max={state.total} value={state.done} aria-hidden="true" /> : null}
        </p>
      );
    case 'saved':
      return (
        <p role="status" class="sg-capture-status" data-capture-state="saved" data-capture-seq={state.outcome.seq}>
          {savedText(state.outcome)}
          {state.outcome.screenshotNote ? <span class="sg-capture-note"> {state.outcome.screenshotNote}</span> : null}
          {unmaskedWarning(state.outcome) ? <strong class="sg-capture-unmasked"> {unmaskedWarning(state.outcome)}</strong> : null}
        </p>
      );
    case 'unchanged':
      return (
        <p role="status" class="sg-capture-status" data-capture-state="unchanged">
          {t('capture.status.unchanged', { seq: state.lastSeq })}
        </p>
      );
    case 'failed':
      return (
        <p role="alert" class="sg-capture-status sg-capture-error" data-capture-state="failed">
          {t('capture.status.failed', { error: state.message })}
        </p>
      );
    default:
      return <p role="status" class="sg-capture-status" data-capture-state="idle" />;
  }
}
