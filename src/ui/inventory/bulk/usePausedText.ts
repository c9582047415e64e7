/**
 * Text typed into a box, taken (`take`) when the typing pauses rather than at every key: taking pasted cells
 * parses them and rebuilds the preview, which for thousands of rows costs more than a keystroke may. Until
 * then `pending` holds the text the box shows; `flush()` takes it at once (a file was chosen). Not on leaving
 * the box: the dialog would grow under the pointer between pressing and releasing a button (Cancel), and the
 * click would be lost. A pending text is dropped with the component, as the dialog is closed without adding.
 */
import { useEffect, useRef, useState } from 'preact/hooks';

/** Long enough to span the gap between keys of steady typing, short enough to feel immediate after a paste. */
export const TYPING_PAUSE_MS = 300;

export interface PausedText {
  /** The text typed and not yet taken, or null. */
  pending: string | null;
  type: (text: string) => void;
  flush: () => void;
}

export function usePausedText(take: (text: string) => void, pauseMs = TYPING_PAUSE_MS): PausedText {
  const [pending, setPending] = useState<string | null>(null);
  const latest = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const takeRef = useRef(take);
  takeRef.current = take;

  const flush = () => {
    clearTimeout(timer.current);
    timer.current = undefined;
    const text = latest.current;
    if (text === null) return;
    latest.current = null;
    setPending(null);
    takeRef.current(text);
  };
  const type = (text: string) => {
    latest.current = text;
    setPending(text);
    clearTimeout(timer.current);
    timer.current = setTimeout(flush, pauseMs);
  };
  useEffect(() => () => clearTimeout(timer.current), []);
  return { pending, type, flush };
}
