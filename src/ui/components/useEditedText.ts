/**
 * The text of a field bound to stored data. While the field has focus it keeps what the user types: a live
 * update of an earlier write arriving mid-typing must not put older text back. Otherwise it follows the stored
 * value (another tab, a language switch); on blur it keeps the typed text, so a failed save loses nothing.
 */
import { useEffect, useRef, useState } from 'preact/hooks';

export function useEditedText(stored: string) {
  const [text, setText] = useState(stored);
  const focused = useRef(false);
  useEffect(() => {
    if (!focused.current) setText(stored);
  }, [stored]);
  return {
    text,
    setText,
    onFocus: () => {
      focused.current = true;
    },
    onBlur: () => {
      focused.current = false;
    },
  };
}
