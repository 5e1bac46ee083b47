// Links and files the system hands to Dossier: they wait until the window listens, then are shown.
import { describe, expect, it } from 'vitest';
import type { AppEvent } from '../../../src-renderer/core/contract';
import { articleFiles, linkIn, OpenRequests, type OpenTarget } from '../../../src-main/desktop/open-requests';

function fakeTarget(options: { windowOpen?: boolean; idFor?: (paths: readonly string[]) => string | null } = {}) {
  const events: AppEvent[] = [];
  const imported: (readonly string[])[] = [];
  let focused = 0;
  const target: OpenTarget = {
    focusWindow: () => {
      if (options.windowOpen === false) return false;
      focused++;
      return true;
    },
    emit: (event) => void events.push(event),
    openFiles: async (paths) => {
      imported.push(paths);
      return options.idFor ? options.idFor(paths) : 'article-1';
    },
  };
  return { target, events, imported, focused: () => focused };
}

describe('command-line arguments', () => {
  it('finds a dossier:// link in any case, or none', () => {
    expect(linkIn(['/opt/Dossier/dossier', '--flag', 'DOSSIER://article/a1'])).toBe('DOSSIER://article/a1');
    expect(linkIn(['/opt/Dossier/dossier', 'https://example.org'])).toBeNull();
  });

  it('keeps article files of the supported formats, not options or other files', () => {
    expect(articleFiles(['/a/report.PDF', '--inspect=9229', '/a/notes.md', '/a/photo.jpg', '-x.md'])).toEqual(['/a/report.PDF', '/a/notes.md']);
  });
});

describe('OpenRequests', () => {
  it('keeps the link and files of the first launch until the window listens, then imports the files and shows the link', async () => {
    const requests = new OpenRequests(['/opt/Dossier/dossier', '/home/a/story.md', 'dossier://article/a7?annotation=n1']);
    const { target, events, imported, focused } = fakeTarget({ idFor: () => 'story' });
    await requests.attach(target);
    expect(imported).toEqual([['/home/a/story.md']]);
    expect(events).toEqual([
      { kind: 'open-link', url: 'dossier://article/story' },
      { kind: 'open-link', url: 'dossier://article/a7?annotation=n1' },
    ]);
    expect(focused()).toBe(2);
  });

  it('does not treat the executable itself as a file to open', async () => {
    const requests = new OpenRequests(['/opt/Dossier/dossier.md']);
    const { target, imported } = fakeTarget();
    await requests.attach(target);
    expect(imported).toEqual([]);
  });

  it('holds links, files and second launches that arrive before the window, and delivers each once', async () => {
    const requests = new OpenRequests(['/opt/Dossier/dossier']);
    requests.openLink('dossier://article/early');
    await requests.openFiles(['/home/a/one.txt']);
    requests.secondInstance(['/opt/Dossier/dossier', '/home/a/two.epub']);
    const { target, events, imported } = fakeTarget({ idFor: () => null });
    await requests.attach(target);
    expect(imported).toEqual([['/home/a/one.txt', '/home/a/two.epub']]);
    expect(events).toEqual([{ kind: 'open-link', url: 'dossier://article/early' }]);
    await requests.attach(target);
    expect(events).toHaveLength(1);
  });

  it('sends later requests straight to the window, focusing it', async () => {
    const requests = new OpenRequests(['/opt/Dossier/dossier']);
    const { target, events, imported, focused } = fakeTarget({ idFor: () => 'x1' });
    await requests.attach(target);
    requests.secondInstance(['/opt/Dossier/dossier', 'dossier://article/b2']);
    await requests.openFiles(['/home/a/three.html']);
    expect(imported).toEqual([['/home/a/three.html']]);
    expect(events).toEqual([
      { kind: 'open-link', url: 'dossier://article/b2' },
      { kind: 'open-link', url: 'dossier://article/x1' },
    ]);
    expect(focused()).toBe(2);
  });

  it('keeps a link for later when there is no window to show it in', async () => {
    const requests = new OpenRequests(['/opt/Dossier/dossier']);
    const closed = fakeTarget({ windowOpen: false });
    await requests.attach(closed.target);
    requests.openLink('dossier://article/c3');
    expect(closed.events).toEqual([]);
    const open = fakeTarget();
    await requests.attach(open.target);
    expect(open.events).toEqual([{ kind: 'open-link', url: 'dossier://article/c3' }]);
  });
});
