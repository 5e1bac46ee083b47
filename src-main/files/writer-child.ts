// A tiny writer process for the kill tests (tests/main/writer-kill.test.ts): it writes files over and over
// the way the app does, so a test can SIGKILL it at any moment and check what is left on disk.
//
//   node writer-child.cjs <mode> <dir> <files> <bytes> <first seq>
//
// mode `rename`: backup-style, `files` fixed names rewritten in turn with writeFileAtomic (overwrite: rename);
// mode `link`: export-style, a new name each time with writeFileAtomic (never overwrite: link);
// mode `plain`: the control, a bare open/write of the first half, then it stops and waits to be killed.
// It prints `ready` once started and `wrote <name> <seq>` after each write returned; it exits when stdin
// closes. Every file carries a header, a random body and a SHA-256 footer (see `checkContent`).
import { createHash, randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from './atomic-write';

export type WriterMode = 'rename' | 'link' | 'plain';

/** `dossier-torture <name> seq=<n> len=<body bytes>\n<body>\nsha256=<hex of body>\n` */
export function makeContent(name: string, seq: number, bytes: number): string {
  const body = randomBytes(Math.ceil((bytes * 3) / 4)).toString('base64').slice(0, bytes);
  const sum = createHash('sha256').update(body).digest('hex');
  return `dossier-torture ${name} seq=${seq} len=${body.length}\n${body}\nsha256=${sum}\n`;
}

/** The file's sequence number when it is whole and unchanged, else null (torn, truncated, foreign). */
export function checkContent(name: string, text: string): number | null {
  const header = /^dossier-torture (\S+) seq=(\d+) len=(\d+)\n/.exec(text);
  if (!header || header[1] !== name) return null;
  const len = Number(header[3]);
  const start = header[0].length;
  const body = text.slice(start, start + len);
  const footer = text.slice(start + len);
  const sum = createHash('sha256').update(body).digest('hex');
  return body.length === len && footer === `\nsha256=${sum}\n` ? Number(header[2]) : null;
}

function say(line: string): void {
  process.stdout.write(`${line}\n`);
}

async function run(mode: WriterMode, dir: string, files: number, bytes: number, first: number): Promise<void> {
  await fs.mkdir(dir, { recursive: true });
  say('ready');
  if (mode === 'plain') {
    const name = 'plain-0.txt';
    const content = makeContent(name, 1, bytes);
    const handle = await fs.open(join(dir, name), 'w');
    await handle.write(content.slice(0, Math.floor(content.length / 2)));
    say(`half ${name}`);
    return new Promise(() => {});
  }
  for (let seq = first; ; seq++) {
    const name = mode === 'rename' ? `backup-${seq % files}.json` : `export-${process.pid}-${seq}.md`;
    await writeFileAtomic(join(dir, name), makeContent(name, seq, bytes), { overwrite: mode === 'rename' });
    say(`wrote ${name} ${seq}`);
  }
}

function main(argv: string[]): void {
  const [mode, dir, files, bytes, first] = argv;
  if ((mode !== 'rename' && mode !== 'link' && mode !== 'plain') || !dir) {
    process.stderr.write('usage: writer-child <rename|link|plain> <dir> [files] [bytes] [first seq]\n');
    process.exit(2);
  }
  process.stdout.on('error', () => process.exit(0));
  process.stdin.on('close', () => process.exit(0));
  process.stdin.on('end', () => process.exit(0));
  process.stdin.resume();
  run(mode, dir, Math.max(1, Number(files ?? 3)), Math.max(1, Number(bytes ?? 1 << 20)), Math.max(1, Number(first ?? 1))).catch((error: unknown) => {
    process.stderr.write(`writer-child: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}

// Runs only as the entry point (the test bundles this file to writer-child.cjs); importing it is inert.
if (/writer-child\.(c?js|ts)$/.test(process.argv[1] ?? '')) main(process.argv.slice(2));
