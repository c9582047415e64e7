/**
 * Reads from the database and stays current: Dexie's liveQuery re-runs the query when its tables change, in
 * this tab or another. If a read fails (a connection the browser closed), the last value stays on screen and
 * the query is subscribed again, so no editor disappears with what is typed in it.
 */
import { liveQuery } from 'dexie';
import { useEffect, useRef, useState } from 'preact/hooks';

const RETRY_MS = 1000;

export function useLive<T>(query: () => Promise<T>, deps: unknown[]): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  const first = useRef(true);
  useEffect(() => {
    // New dependencies (another year, another partner): never show the previous query's rows meanwhile.
    if (!first.current) setValue(undefined);
    first.current = false;
    let sub: { unsubscribe(): void } | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const subscribe = () => {
      sub = liveQuery(query).subscribe({
        next: setValue,
        error: () => {
          timer = setTimeout(subscribe, RETRY_MS);
        },
      });
    };
    subscribe();
    return () => {
      sub?.unsubscribe();
      if (timer) clearTimeout(timer);
    };
  }, deps);
  return value;
}
