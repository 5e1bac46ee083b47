// The renderer's components in jsdom with a fake bridge: library list, reader statements, keyboard tagging.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { userEvent } from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import App from '../../src-renderer/App.svelte';
import type { DossierApi, LibraryEntry } from '../../src-renderer/core/contract';
import { fakeApi, textArticle } from '../fake-api';

const article = textArticle('art1', 'Leaders meet in Baku', ['Leaders met in Baku. Dr. Kim said trade rose 16% last year.', 'Talks continue.'], {
  path: 'baku.txt',
  source: 'Test Wire',
});
const problem: LibraryEntry = {
  id: 'bad1',
  path: 'empty.txt',
  title: 'empty.txt',
  format: 'txt',
  size: 0,
  modifiedAt: 0,
  problem: { code: 'EMPTY', message: 'The file is empty.' },
};

function installApi(): DossierApi {
  const api = fakeApi([article], {}, [problem]);
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

  it('Esc leaves the note field, so the next j/k moves and the note keeps what was typed', async () => {
    const user = userEvent.setup();
    render(App);
    await user.click(await screen.findByRole('button', { name: 'Leaders meet in Baku' }));
    const statements = await waitFor(() => {
      const all = screen.getByRole('article').querySelectorAll<HTMLElement>('[data-statement]');
      expect(all.length).toBe(3);
      return [...all];
    });
    await user.click(statements[1]!);
    await user.keyboard('n');
    const note = screen.getByRole('textbox', { name: 'Note' });
    await waitFor(() => expect(note).toHaveFocus());
    await user.keyboard('Rising{Escape}k');
    await waitFor(() => expect(statements[0]).toHaveAttribute('aria-current', 'true'));
    expect(note).not.toHaveFocus();
    await user.keyboard('j');
    await waitFor(() => expect(statements[1]).toHaveAttribute('aria-current', 'true'));
    expect(screen.getByRole('textbox', { name: 'Note' })).toHaveValue('Rising');
  });
});
