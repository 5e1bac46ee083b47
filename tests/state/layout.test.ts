// The panes' layout in Node: widths clamped to what leaves the reader room, folding, and both kept across
// a restart.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PANE_LIMITS } from '../../src-renderer/app/layout.svelte';
import { fakeApi } from '../fake-api';
import { startApp, type StartedApp } from './start-app.svelte';

const apps: StartedApp[] = [];
afterEach(() => {
  for (const s of apps.splice(0)) s.stop();
});

describe('PaneLayout', () => {
  it('resizes within limits, folds, and comes back as it was left after a restart', async () => {
    const first = startApp(fakeApi([]));
    apps.push(first);
    const { layout } = first.app;
    expect(layout.library).toEqual({ width: PANE_LIMITS.library.initial, collapsed: false });
    layout.resize('library', 480);
    layout.resize('editor', 10_000);
    expect(layout.editor.width).toBe(PANE_LIMITS.editor.max);
    layout.resize('editor', 10);
    expect(layout.editor.width).toBe(PANE_LIMITS.editor.min);
    layout.toggle('editor');
    expect(layout.editor.collapsed).toBe(true);

    const again = startApp(fakeApi([]), { name: first.name });
    apps.push(again);
    await vi.waitFor(() => expect(again.app.layout.library.width).toBe(480));
    await vi.waitFor(() => expect(again.app.layout.editor).toEqual({ width: PANE_LIMITS.editor.min, collapsed: true }));
  });

  it('folds both side panes away, and brings both back when either was folded', () => {
    const s = startApp(fakeApi([]));
    apps.push(s);
    const { layout } = s.app;
    layout.toggleSides();
    expect([layout.library.collapsed, layout.editor.collapsed]).toEqual([true, true]);
    layout.toggleSides();
    expect([layout.library.collapsed, layout.editor.collapsed]).toEqual([false, false]);
    layout.toggle('library');
    layout.toggleSides();
    expect([layout.library.collapsed, layout.editor.collapsed]).toEqual([false, false]);
  });

  it('a drag still moving is not saved until it ends', async () => {
    const s = startApp(fakeApi([]));
    apps.push(s);
    s.app.layout.resize('library', 400, false);
    expect(s.app.layout.library.width).toBe(400);
    await new Promise((r) => setTimeout(r, 20));
    expect(await s.repos.settings.get('layout.library', null)).toBeNull();
    s.app.layout.resize('library', 420);
    await vi.waitFor(async () => expect(await s.repos.settings.get('layout.library', null)).toEqual({ width: 420, collapsed: false }));
  });
});
