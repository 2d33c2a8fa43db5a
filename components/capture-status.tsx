import type { CaptureOutcome, CaptureProgress } from '../utils/capture-protocol';
import { pageKindLabel } from '../rules/page/page-kind-label';

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
  const what = `${pageKindLabel(outcome.kind)}${outcome.orderId ? ` of order ${outcome.orderId}` : ''}`;
  const how = outcome.source === 'auto' ? ' automatically' : '';
  const pictures =
    outcome.screenshot === 'none'
      ? 'text and data only'
      : `${outcome.screenshot === 'full' ? 'full page' : 'visible area'}, ${outcome.images} ${outcome.images === 1 ? 'image' : 'images'}`;
  return `Saved${how} as evidence #${outcome.seq}: ${what} (${pictures}).`;
}

/** One line saying how the capture is going: progress and success as status, failure as alert. */
export function CaptureStatus({ state }: { state: CaptureState }) {
  switch (state.status) {
    case 'working':
      return (
        <p role="status" class="sg-capture-status" data-capture-state="working">
          {state.total > 0 ? `Capturing the page: ${state.done} of ${state.total}…` : 'Capturing…'}
          {state.total > 0 ? <progress max={state.total} value={state.done} aria-hidden="true" /> : null}
        </p>
      );
    case 'saved':
      return (
        <p role="status" class="sg-capture-status" data-capture-state="saved" data-capture-seq={state.outcome.seq}>
          {savedText(state.outcome)}
          {state.outcome.screenshotNote ? <span class="sg-capture-note"> {state.outcome.screenshotNote}</span> : null}
        </p>
      );
    case 'unchanged':
      return (
        <p role="status" class="sg-capture-status" data-capture-state="unchanged">
          Auto-capture: unchanged since evidence #{state.lastSeq}, so nothing new was stored.
        </p>
      );
    case 'failed':
      return (
        <p role="alert" class="sg-capture-status sg-capture-error" data-capture-state="failed">
          Not captured: {state.message}
        </p>
      );
    default:
      return <p role="status" class="sg-capture-status" data-capture-state="idle" />;
  }
}
