// The renderer's components in jsdom with a fake bridge: library list, reader statements, keyboard tagging.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { userEvent } from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import App from '../../src-renderer/App.svelte';
import type { Article } from '../../src-renderer/core/article';
import type { DossierApi, LibraryEntry } from '../../src-renderer/core/contract';

const text = 'Leaders met in Baku. Dr. Kim said trade rose 16% last year.\n\nTalks continue.';
const article: Article = {
  id: 'art1',
  path: 'baku.txt',
  format: 'txt',
  encoding: 'utf-8',
  contentHash: 'hash1',
  title: 'Leaders meet in Baku',
  source: 'Test Wire',
  text,
  blocks: [
    { kind: 'paragraph', start: 0, end: 59 },
    { kind: 'paragraph', start: 61, end: 76 },
  ],
  marks: [],
};
const entries: LibraryEntry[] = [
  { id: 'art1', path: 'baku.txt', title: 'Leaders meet in Baku', format: 'txt', size: 10, modifiedAt: 0 },
  {
    id: 'bad1',
    path: 'empty.txt',
    title: 'empty.txt',
    format: 'txt',
    size: 0,
    modifiedAt: 0,
    problem: { code: 'EMPTY', message: 'The file is empty.' },
  },
];

function installApi(): DossierApi {
  const api: DossierApi = {
    listLibrary: vi.fn(async () => ({ ok: true as const, value: entries })),
    readArticle: vi.fn(async () => ({ ok: true as const, value: article })),
    writeExport: vi.fn(async (req) => ({ ok: true as const, value: { fileName: req.fileName, path: `/x/${req.fileName}` } })),
    importFiles: vi.fn(async () => ({ ok: true as const, value: null })),
    importDropped: vi.fn(async () => ({ ok: true as const, value: { imported: [], duplicates: [], failed: [], cancelled: false } })),
    cancelImport: vi.fn(async () => ({ ok: true as const, value: false })),
    pasteArticle: vi.fn(async () => ({ ok: true as const, value: { id: 'p1', title: 'Pasted', duplicate: false } })),
    deleteArticle: vi.fn(async () => ({ ok: true as const, value: { id: 'art1', path: 'baku.txt' } })),
    forgetArticle: vi.fn(async () => ({ ok: true as const, value: undefined })),
    writeBackup: vi.fn(async () => ({ ok: true as const, value: { name: 'dossier-20260101-000000.json', size: 1, createdAt: '' } })),
    listBackups: vi.fn(async () => ({ ok: true as const, value: [] })),
    readBackup: vi.fn(async () => ({ ok: true as const, value: '{}' })),
    checkNotes: vi.fn(async () => ({ ok: true as const, value: { dropped: false, lastCount: null, currentCount: 0, newestBackup: null } })),
    openForImport: vi.fn(async () => ({ ok: true as const, value: null })),
    getSettings: vi.fn(async () => ({ ok: true as const, value: { libraryRoot: '/lib', exportDir: '/exp', keepBackups: 14 } })),
    chooseLibraryFolder: vi.fn(async () => ({ ok: true as const, value: null })),
    chooseExportFolder: vi.fn(async () => ({ ok: true as const, value: null })),
    setKeepBackups: vi.fn(async () => ({ ok: true as const, value: { libraryRoot: '/lib', exportDir: '/exp', keepBackups: 14 } })),
    writePdf: vi.fn(async () => ({ ok: true as const, value: null })),
    openExternal: vi.fn(async () => ({ ok: true as const, value: false })),
    onEvent: () => () => {},
  };
  Object.defineProperty(window, 'api', { value: api, configurable: true });
  return api;
}

describe('App', () => {
  beforeEach(() => {
    installApi();
  });

  it('lists articles as buttons named by title and shows problems as messages', async () => {
    render(App);
    const list = await screen.findByRole('list', { name: 'Articles' });
    await waitFor(() => expect(within(list).getByRole('button', { name: 'Leaders meet in Baku' })).toBeInTheDocument());
    expect(within(list).getAllByRole('button')).toHaveLength(1);
    expect(within(list).getByText('The file is empty.')).toBeInTheDocument();
  });

  it('shows statements whose text is exactly the sentence and tags one with a digit key', async () => {
    const user = userEvent.setup();
    render(App);
    await user.click(await screen.findByRole('button', { name: 'Leaders meet in Baku' }));
    await waitFor(() => expect(screen.getByRole('article')).toHaveAttribute('aria-busy', 'false'));
    const reader = screen.getByRole('article');
    const statements = [...reader.querySelectorAll('[data-statement]')].map((el) => el.textContent);
    expect(statements).toEqual(['Leaders met in Baku.', 'Dr. Kim said trade rose 16% last year.', 'Talks continue.']);

    const second = reader.querySelectorAll<HTMLElement>('[data-statement]')[1]!;
    await user.click(second);
    expect(second).toHaveAttribute('aria-current', 'true');
    // The codebook's keys are shown once the tags have loaded from the database.
    await screen.findByRole('button', { name: /Figure/ });
    await fireEvent.keyDown(second, { key: '3' });
    await waitFor(() => expect(second).toHaveAttribute('data-tags', 'Figure'));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Saved'), { timeout: 5000 });
  });

  it('does not tag while typing in the note field', async () => {
    const user = userEvent.setup();
    render(App);
    await user.click(await screen.findByRole('button', { name: 'Leaders meet in Baku' }));
    const first = await waitFor(() => {
      const el = screen.getByRole('article').querySelector<HTMLElement>('[data-statement]');
      expect(el).not.toBeNull();
      return el!;
    });
    await user.click(first);
    const note = screen.getByRole('textbox', { name: 'Note' });
    await user.type(note, 'Check 2 sources');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Saved'), { timeout: 5000 });
    expect(first).toHaveAttribute('data-tags', '');
    expect(note).toHaveValue('Check 2 sources');
  });
});
