/**
 * The `<option>`s of a `<select>`: one per value, labelled in the agent's language. With
 * `selected` (an uncontrolled select) that one is marked; without, the select's `value` decides.
 */
export function ChoiceOptions<T extends string>({ values, label, selected }: { values: readonly T[]; label(value: T): string; selected?: string | undefined }) {
  return (
    <>
      {values.map((value) => (
        <option key={value} value={value} selected={selected === undefined ? undefined : value === selected}>
          {label(value)}
        </option>
      ))}
    </>
  );
}
