// Keyboard-first reading: one keystroke per action. Decides what a key press means; the state acts.
export type KeyAction =
  | { kind: 'tag'; key: number }
  | { kind: 'move'; delta: number }
  | { kind: 'note' }
  | { kind: 'export' }
  | { kind: 'clear' }
  | { kind: 'palette' }
  | { kind: 'help' }
  | { kind: 'delete' }
  | { kind: 'undo' }
  | { kind: 'redo' }
  | { kind: 'find' }
  /** a: accept the speaker suggested for the current statement; Shift+A: reject it. */
  | { kind: 'speaker'; accept: boolean }
  /** Ctrl/Cmd+Shift+F, or / outside a field: the library search field. */
  | { kind: 'search' }
  /** Ctrl/Cmd+\: fold both side panes away, or bring them back. */
  | { kind: 'toggle-panes' }
  /** Alt+Left / Alt+Right: back and forward in the centre pane's history (outside text fields). */
  | { kind: 'history'; step: -1 | 1 }
  /** Esc in a text field: leave it (the notes pane's fields hand the keys back to the reader). */
  | { kind: 'leave-field' };

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  target: EventTarget | null;
}

/** True when typing goes into a field, so single-key shortcuts must not fire. */
export function isTextEntry(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).tagName !== 'string') return false;
  const element = target as HTMLElement;
  if (element.isContentEditable) return true;
  const tag = element.tagName.toLowerCase();
  if (tag === 'textarea' || tag === 'select') return true;
  if (tag !== 'input') return false;
  const type = ((element as HTMLInputElement).type || 'text').toLowerCase();
  return !['button', 'checkbox', 'radio', 'range', 'submit', 'reset', 'color', 'file'].includes(type);
}

export function keyAction(event: KeyLike): KeyAction | null {
  const command = event.ctrlKey || event.metaKey;
  const key = event.key.toLowerCase();
  if (command && !event.altKey) {
    if (key === 'e') return { kind: 'export' };
    if (key === 'f') return { kind: event.shiftKey ? 'search' : 'find' };
    if (event.key === '\\') return { kind: 'toggle-panes' };
    // Text fields keep their own undo.
    if (isTextEntry(event.target)) return null;
    if (key === 'z') return { kind: event.shiftKey ? 'redo' : 'undo' };
    if (key === 'y') return { kind: 'redo' };
    return null;
  }
  if (isTextEntry(event.target)) return event.key === 'Escape' && !event.altKey && !event.shiftKey ? { kind: 'leave-field' } : null;
  if (event.altKey && !event.shiftKey && (event.key === 'ArrowLeft' || event.key === 'ArrowRight')) {
    return { kind: 'history', step: event.key === 'ArrowLeft' ? -1 : 1 };
  }
  if (event.altKey) return null;
  if (/^[1-9]$/.test(event.key)) return { kind: 'tag', key: Number(event.key) };
  switch (event.key) {
    case 'ArrowDown':
    case 'j':
      return { kind: 'move', delta: 1 };
    case 'ArrowUp':
    case 'k':
      return { kind: 'move', delta: -1 };
    case 'n':
      return { kind: 'note' };
    case '/':
      return { kind: 'search' };
    case 'Escape':
      return { kind: 'clear' };
    case 't':
      return { kind: 'palette' };
    case 'a':
      return { kind: 'speaker', accept: true };
    case 'A':
      return { kind: 'speaker', accept: false };
    case '?':
      return { kind: 'help' };
    case 'Delete':
    case 'Backspace':
      return { kind: 'delete' };
    default:
      return null;
  }
}
