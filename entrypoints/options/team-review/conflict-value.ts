/** A conflicting field's value as text a lead can read and edit: strings as they are, lists and objects as JSON. */
export function valueText(value: unknown): string {
  if (typeof value === 'string') return value;
  return JSON.stringify(value ?? null, null, 2);
}

/**
 * The edited text back as the field's value, in the shape of `sample` (the current or
 * proposed value): a string stays a string, anything else is read as JSON. `undefined`
 * when the JSON cannot be read.
 */
export function parseEdited(text: string, sample: unknown): unknown {
  if (typeof sample === 'string') return text;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
