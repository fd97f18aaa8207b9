import { useEffect } from 'react';

interface Keys {
  undo: () => void;
  redo: () => void;
  copy: () => void;
  paste: () => void;
}

function typing(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

/** Ctrl/Cmd+Z, Ctrl+Shift+Z or Ctrl+Y, Ctrl+C, Ctrl+V on the canvas; fields keep their own undo and clipboard. */
export function useDesignerKeys({ undo, redo, copy, paste }: Keys): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || typing(event.target)) {
        return;
      }
      const key = event.key.toLowerCase();
      const action = key === 'z' ? (event.shiftKey ? redo : undo) : key === 'y' ? redo : key === 'c' ? copy : key === 'v' ? paste : null;
      if (action) {
        event.preventDefault();
        action();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => { window.removeEventListener('keydown', onKey); };
  }, [undo, redo, copy, paste]);
}
