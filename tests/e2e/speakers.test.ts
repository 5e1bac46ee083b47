// Who said what, end to end: a plain-text news report quoting two presidents shows the right speaker on
// each attributed statement (data-speaker, once the article is no longer busy); `a` accepts one as an
// Actor tag, Shift+A rejects another, and both are remembered after a relaunch; "What did X say" gathers
// one president's statements from three articles; the briefing and the JSON export name the speakers.
import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { afterEach, describe, it } from 'vitest';
import { launchApp, openArticle, type LaunchedApp } from './harness';

// Written for this test: the kind of report our users read (title line, paragraphs, a Source: line).
const SUMMIT = `Varga and Reyes meet in Lisbon; sign port agreement

The president of Moravia, Elena Varga, was in Lisbon on Tuesday to meet the president of Solaria, Tomas Reyes.

Reyes welcomed Varga, noting that the visit came on the tenth anniversary of relations between the two countries. "Our ports are ready for the new routes," Reyes said.

Varga said that the agreement would double grain shipments by next spring. She added that talks on rail links would continue in June.

"We will not sign anything that hurts our farmers," Varga told reporters after the meeting.

Trade between the two countries grew by 12% last year.

Source: Lisbon Daily with agencies
`;

const GRAIN = `Moravia expects record harvest

Moravia's farm ministry expects a record harvest this year.

Elena Varga said that the grain would reach Solaria's ports by August.

Prices fell slightly in the spring.
`;

const RAIL = `Rail talks resume in Brno

Negotiators met in Brno on Friday to resume talks on the rail corridor.

"The corridor is our priority for the decade," Elena Varga said at the opening session.
`;

let app: LaunchedApp | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

async function library(): Promise<string> {
  const dir = await fs.mkdtemp(join(tmpdir(), 'dossier-e2e-speakers-'));
  await fs.writeFile(join(dir, 'summit.txt'), SUMMIT);
  await fs.writeFile(join(dir, 'grain.txt'), GRAIN);
  await fs.writeFile(join(dir, 'rail.txt'), RAIL);
  return dir;
}

const statement = (page: Page, text: string) => page.locator('article[aria-busy="false"] [data-statement]').filter({ hasText: text });

describe('who said what', () => {
  it('shows the speakers, remembers an acceptance and a rejection across a relaunch, and exports them', async () => {
    const libraryDir = await library();
    app = await launchApp({ libraryDir, parsing: 'worker' });
    let page = app.page;
    await openArticle(page, /Varga and Reyes meet/);
    await expect(statement(page, 'Our ports are ready for the new routes')).toHaveAttribute('data-speaker', 'Tomas Reyes');
    await expect(statement(page, 'the agreement would double grain shipments')).toHaveAttribute('data-speaker', 'Elena Varga');
    await expect(statement(page, 'She added that talks on rail links')).toHaveAttribute('data-speaker', 'Elena Varga');
    await expect(statement(page, 'We will not sign anything')).toHaveAttribute('data-speaker', 'Elena Varga');
    // No speaker is better than a wrong one: the trade figure and the first paragraph are nobody's.
    for (const plain of ['Trade between the two countries grew', 'was in Lisbon on Tuesday']) {
      expect(await statement(page, plain).getAttribute('data-speaker')).toBeNull();
    }

    // The Actors panel: who speaks, how many statements.
    const actors = page.getByRole('region', { name: 'Actors' });
    await expect(actors.getByRole('button', { name: /Elena Varga\s*3 statements/ })).toBeVisible();

    // Accept one with a, reject another with Shift+A.
    await statement(page, 'the agreement would double grain shipments').click();
    await page.keyboard.press('a');
    await expect(page.getByRole('status')).toHaveText(/Speaker accepted: Elena Varga|Saved/);
    await expect(page.getByRole('list', { name: 'Tags on this statement' })).toContainText('Elena Varga');
    await statement(page, 'Our ports are ready').click();
    await page.keyboard.press('Shift+A');
    await expect(page.getByRole('status')).toHaveText('Speaker rejected: Tomas Reyes');
    await expect(statement(page, 'Our ports are ready')).not.toHaveAttribute('data-speaker', /.+/);

    // Relaunch on the same data: both remembered.
    const profileDir = app.profileDir;
    await app.close();
    app = await launchApp({ libraryDir, profileDir, parsing: 'worker' });
    page = app.page;
    await openArticle(page, /Varga and Reyes meet/);
    await expect(statement(page, 'the agreement would double grain shipments')).toHaveAttribute('data-speaker', 'Elena Varga');
    await expect(statement(page, 'the agreement would double grain shipments')).toHaveAttribute('data-tags', /Elena Varga/);
    expect(await statement(page, 'Our ports are ready').getAttribute('data-speaker')).toBeNull();
    await expect(statement(page, 'Our ports are ready for the new routes')).toBeVisible();

    // The briefing credits the accepted statement to its speaker.
    await page.getByRole('button', { name: 'Export briefing' }).click();
    await expect.poll(async () => (await fs.readdir(app!.exportDir)).filter((f) => f.endsWith('.md'))).toHaveLength(1);
    const [briefing] = (await fs.readdir(app.exportDir)).filter((f) => f.endsWith('.md'));
    expect(await fs.readFile(join(app.exportDir, briefing!), 'utf8')).toContain(
      '> Varga said that the agreement would double grain shipments by next spring.\n\n— Elena Varga · ¶ 3 · #actor/elena-varga',
    );
    await page.getByRole('region', { name: 'Export finished' }).getByRole('button', { name: 'Close' }).click();

    // What did Elena Varga say, across the three articles.
    await page.getByRole('region', { name: 'Actors' }).getByRole('button', { name: /Elena Varga/ }).click();
    await page.getByRole('button', { name: 'What did Elena Varga say, across the library' }).click();
    const view = page.getByRole('region', { name: 'Statements by Elena Varga' });
    await expect(view).toHaveAttribute('aria-busy', 'false');
    const items = view.getByRole('listitem');
    await expect(items).toHaveCount(5);
    await expect(view).toContainText('The corridor is our priority for the decade');
    await expect(view).toContainText('the grain would reach');
    await view.getByRole('button', { name: /The corridor is our priority/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: /Rail talks resume/ })).toBeVisible();
    await expect(page.locator('[data-statement][aria-current="true"]')).toContainText('The corridor is our priority');
    await page.keyboard.press('Alt+ArrowLeft');
    await expect(page.getByRole('region', { name: 'Statements by Elena Varga' })).toBeVisible();
    await page.getByRole('button', { name: 'Export as Markdown' }).click();
    await expect.poll(async () => (await fs.readdir(app!.exportDir)).filter((f) => f.startsWith('statements-by'))).toHaveLength(1);
    const [section] = (await fs.readdir(app.exportDir)).filter((f) => f.startsWith('statements-by'));
    const markdown = await fs.readFile(join(app.exportDir, section!), 'utf8');
    expect(markdown).toContain('## Statements by Elena Varga');
    expect(markdown).toMatch(/> "The corridor is our priority for the decade," Elena Varga said at the opening session\.\n\n— Elena Varga · \[Rail talks resume in Brno\]\(dossier:\/\/article\/[^?]+\?at=\d+\)/);

    // The JSON export: entities and speakers with the user's decisions.
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Export…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export' });
    await dialog.getByRole('combobox', { name: 'Format' }).selectOption('json');
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    await expect(dialog.getByText(/^Exported /)).toBeVisible();
    const [jsonFile] = (await fs.readdir(app.exportDir)).filter((f) => f.endsWith('.json'));
    const data = JSON.parse(await fs.readFile(join(app.exportDir, jsonFile!), 'utf8')) as {
      articles: { title: string; entities: { type: string; name: string }[]; speakers: { speaker: string; accepted?: boolean; start: number; end: number }[] }[];
      speakerDecisions: { speaker: string; accepted: boolean }[];
    };
    const summit = data.articles.find((a) => a.title.startsWith('Varga and Reyes'))!;
    expect(summit.entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(expect.arrayContaining(['Elena Varga', 'Tomas Reyes']));
    expect(summit.speakers.find((s) => s.accepted === true)?.speaker).toBe('Elena Varga');
    expect(summit.speakers.find((s) => s.accepted === false)?.speaker).toBe('Tomas Reyes');
    expect(data.speakerDecisions.map((d) => [d.speaker, d.accepted]).sort()).toEqual([
      ['Elena Varga', true],
      ['Tomas Reyes', false],
    ]);
    expect(app.pageErrors).toEqual([]);
  });
});
