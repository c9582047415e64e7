/** Where one field's edit stands (saving, failed, held), for the field to say so beside itself. */
import { useEffect, useState } from 'preact/hooks';
import { type EditState, editState, subscribeEdit } from './saveStatus';

/** Re-renders only the field whose key changed, not every field at every keystroke elsewhere. */
export function useEditState(key: string | undefined): EditState {
  const [state, setState] = useState<EditState>(key ? editState(key) : 'idle');
  useEffect(() => {
    if (!key) {
      setState('idle');
      return;
    }
    setState(editState(key));
    return subscribeEdit(key, () => setState(editState(key)));
  }, [key]);
  return state;
}
