import type { ClockState } from '../../../rules/clock/response-clock';
import { clockWords } from './clock-words';

/** What the clock looks like: calm while there is time, amber in the warning window, red when overdue. */
export function clockTone(state: ClockState): 'calm' | 'warning' | 'overdue' | null {
  if (state.kind === 'none') return null;
  if (state.kind === 'overdue') return 'overdue';
  return state.warning ? 'warning' : 'calm';
}

/**
 * The response clock of one thread: its words ("Answer within 5 hours", "Overdue by 2 hours")
 * carry the meaning, the colour and the mark only repeat it. A live status, so a screen reader
 * hears when it changes.
 */
export function ClockBadge({ state }: { state: ClockState }) {
  const words = clockWords(state);
  const tone = clockTone(state);
  if (!words || !tone) return null;
  return (
    <span class={`sg-clock sg-clock-${tone}`} role="status" title={words.hint} data-tone={tone}>
      <span class="sg-clock-mark" aria-hidden="true">
        {tone === 'calm' ? '◷' : '⚠'}
      </span>
      {words.text}
    </span>
  );
}
