import { describe, expect, it } from 'vitest';
import { keyAction } from '../../src-renderer/app/keyboard';

const key = (k: string, extra: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean; target: unknown }> = {}) =>
  ({ key: k, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, target: null, ...extra }) as Parameters<typeof keyAction>[0];

describe('keyAction', () => {
  it('maps digits 1-9 to tags and ignores 0', () => {
    expect(keyAction(key('1'))).toEqual({ kind: 'tag', key: 1 });
    expect(keyAction(key('9'))).toEqual({ kind: 'tag', key: 9 });
    expect(keyAction(key('0'))).toBeNull();
  });

  it('moves with arrows and j/k', () => {
    expect(keyAction(key('j'))).toEqual({ kind: 'move', delta: 1 });
    expect(keyAction(key('ArrowUp'))).toEqual({ kind: 'move', delta: -1 });
  });

  it('exports with Ctrl+E or Cmd+E, even from a text field', () => {
    const field = { tagName: 'TEXTAREA', isContentEditable: false };
    expect(keyAction(key('e', { ctrlKey: true }))).toEqual({ kind: 'export' });
    expect(keyAction(key('E', { metaKey: true, target: field }))).toEqual({ kind: 'export' });
  });

  it('leaves single keys alone while a text field has focus', () => {
    for (const target of [
      { tagName: 'TEXTAREA', isContentEditable: false },
      { tagName: 'INPUT', type: 'search', isContentEditable: false },
      { tagName: 'DIV', isContentEditable: true },
    ]) {
      expect(keyAction(key('1', { target }))).toBeNull();
      expect(keyAction(key('j', { target }))).toBeNull();
    }
    expect(keyAction(key('1', { target: { tagName: 'INPUT', type: 'checkbox', isContentEditable: false } }))).toEqual({
      kind: 'tag',
      key: 1,
    });
  });

  it('Esc in a text field asks to leave the field; elsewhere it leaves the statement', () => {
    const field = { tagName: 'TEXTAREA', isContentEditable: false };
    expect(keyAction(key('Escape', { target: field }))).toEqual({ kind: 'leave-field' });
    expect(keyAction(key('Escape'))).toEqual({ kind: 'clear' });
    expect(keyAction(key('Escape', { altKey: true, target: field }))).toBeNull();
  });

  it('folds the side panes with Ctrl+\\ or Cmd+\\, even from a text field', () => {
    const field = { tagName: 'TEXTAREA', isContentEditable: false };
    expect(keyAction(key('\\', { ctrlKey: true }))).toEqual({ kind: 'toggle-panes' });
    expect(keyAction(key('\\', { metaKey: true, target: field }))).toEqual({ kind: 'toggle-panes' });
    expect(keyAction(key('\\'))).toBeNull();
  });

  it('steps back and forward with Alt+arrows, but not in a text field (word moves there)', () => {
    expect(keyAction(key('ArrowLeft', { altKey: true }))).toEqual({ kind: 'history', step: -1 });
    expect(keyAction(key('ArrowRight', { altKey: true }))).toEqual({ kind: 'history', step: 1 });
    expect(keyAction(key('ArrowLeft', { altKey: true, target: { tagName: 'INPUT', type: 'text', isContentEditable: false } }))).toBeNull();
  });

  it('ignores digits with modifiers (browser shortcuts)', () => {
    expect(keyAction(key('1', { ctrlKey: true }))).toBeNull();
    expect(keyAction(key('1', { altKey: true }))).toBeNull();
  });
});

describe('keyAction: editing shortcuts', () => {
  it('undoes with Ctrl+Z, redoes with Shift+Ctrl+Z or Ctrl+Y, but leaves text fields their own undo', () => {
    expect(keyAction(key('z', { ctrlKey: true }))).toEqual({ kind: 'undo' });
    expect(keyAction({ ...key('Z', { metaKey: true }), shiftKey: true })).toEqual({ kind: 'redo' });
    expect(keyAction(key('y', { ctrlKey: true }))).toEqual({ kind: 'redo' });
    expect(keyAction(key('z', { ctrlKey: true, target: { tagName: 'TEXTAREA', isContentEditable: false } }))).toBeNull();
  });

  it('opens the palette, the shortcut sheet and find; deletes with Delete', () => {
    expect(keyAction(key('t'))).toEqual({ kind: 'palette' });
    expect(keyAction(key('?'))).toEqual({ kind: 'help' });
    expect(keyAction(key('f', { ctrlKey: true }))).toEqual({ kind: 'find' });
    expect(keyAction(key('Delete'))).toEqual({ kind: 'delete' });
  });
});
