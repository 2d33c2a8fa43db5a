import { useEffect, useState } from 'preact/hooks';
import type { Result } from '../../../utils/result';
import { leadErrorText } from './lead-error-text';

export interface TeamLoad<T> {
  /** undefined while the first answer is awaited. */
  data: T | undefined;
  /** The sentence for the last failure, '' when the last load worked. */
  error: string;
  reload: () => Promise<void>;
  setData: (data: T) => void;
}

/** Load one leads' screen from the background on mount (and on `reload`); keeps the last data on failure. */
export function useTeamLoad<T>(load: () => Promise<Result<T>>, deps: unknown[] = []): TeamLoad<T> {
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState('');
  const reload = async () => {
    const result = await load();
    if (result.ok) {
      setData(result.value);
      setError('');
    } else setError(leadErrorText(result.error));
  };
  useEffect(() => void reload(), deps);
  return { data, error, reload, setData };
}
