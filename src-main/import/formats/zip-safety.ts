// A guarded zip reader for DOCX and EPUB: the central directory is read and budgeted *before* anything
// is decompressed, and each entry is inflated (fflate, streaming) with a hard cap on its real output.
import { Inflate } from 'fflate';
import { err, ok, type Result } from '../../../src-renderer/core/result';
import { LIMITS, formatBytes } from './limits';

export interface ZipEntry {
  name: string;
  /** 0 = stored, 8 = deflate. */
  method: number;
  flags: number;
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

export interface SafeZip {
  entries: Map<string, ZipEntry>;
  /** Total declared uncompressed size of every entry. */
  declaredTotal: number;
  /** The entry's bytes, inflated under the cap; null when absent. */
  read(name: string): Result<Uint8Array> | null;
  /** The entry decoded as UTF-8 text (BOM stripped); null when absent. */
  readText(name: string): Result<string> | null;
}

const SIG_EOCD = 0x06054b50;
const SIG_EOCD64 = 0x06064b50;
const SIG_LOC64 = 0x07064b50;
const SIG_CEN = 0x02014b50;
const SIG_LOC = 0x04034b50;
const INFLATE_CHUNK = 16 * 1024;

const DAMAGED = 'This file is damaged: its zip structure could not be read.';

class Reader {
  readonly view: DataView;
  constructor(readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  has(offset: number, length: number): boolean {
    return offset >= 0 && length >= 0 && offset + length <= this.bytes.byteLength;
  }
  u16(o: number): number {
    return this.view.getUint16(o, true);
  }
  u32(o: number): number {
    return this.view.getUint32(o, true);
  }
  u64(o: number): number {
    // Sizes above 2^53 are absurd for our purposes; Number keeps the comparison against caps honest.
    return this.view.getUint32(o, true) + this.view.getUint32(o + 4, true) * 0x1_0000_0000;
  }
}

/** Reads the central directory only: no decompression happens here. */
export function readCentralDirectory(bytes: Uint8Array): Result<ZipEntry[]> {
  const r = new Reader(bytes);
  if (bytes.byteLength < 22) return err('DAMAGED', DAMAGED);
  // The end-of-central-directory record sits in the last 22 + 65535 (comment) bytes.
  let eocd = -1;
  const stop = Math.max(0, bytes.byteLength - 22 - 0xffff);
  for (let i = bytes.byteLength - 22; i >= stop; i--) {
    if (r.u32(i) === SIG_EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return err('DAMAGED', DAMAGED);
  let count = r.u16(eocd + 10);
  let cdSize = r.u32(eocd + 12);
  let cdOffset = r.u32(eocd + 16);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    const loc = eocd - 20;
    if (!r.has(loc, 20) || r.u32(loc) !== SIG_LOC64) return err('DAMAGED', DAMAGED);
    const rec = r.u64(loc + 8);
    if (!r.has(rec, 56) || r.u32(rec) !== SIG_EOCD64) return err('DAMAGED', DAMAGED);
    count = r.u64(rec + 32);
    cdSize = r.u64(rec + 40);
    cdOffset = r.u64(rec + 48);
  }
  if (count > LIMITS.maxZipEntries) {
    return err('TOO_LARGE', `This archive lists ${count} files, more than the ${LIMITS.maxZipEntries} allowed.`);
  }
  if (!r.has(cdOffset, cdSize)) return err('DAMAGED', DAMAGED);

  const entries: ZipEntry[] = [];
  let p = cdOffset;
  const decoder = new TextDecoder('utf-8');
  for (let i = 0; i < count; i++) {
    if (!r.has(p, 46) || r.u32(p) !== SIG_CEN) return err('DAMAGED', DAMAGED);
    const flags = r.u16(p + 8);
    const method = r.u16(p + 10);
    const crc32 = r.u32(p + 16);
    let compressedSize = r.u32(p + 20);
    let uncompressedSize = r.u32(p + 24);
    const nameLen = r.u16(p + 28);
    const extraLen = r.u16(p + 30);
    const commentLen = r.u16(p + 32);
    let localHeaderOffset = r.u32(p + 42);
    if (!r.has(p + 46, nameLen + extraLen + commentLen)) return err('DAMAGED', DAMAGED);
    const name = decoder.decode(bytes.subarray(p + 46, p + 46 + nameLen));
    // ZIP64 extended information (header id 0x0001) carries the real sizes when the fields are saturated.
    let x = p + 46 + nameLen;
    const xEnd = x + extraLen;
    while (x + 4 <= xEnd) {
      const id = r.u16(x);
      const size = r.u16(x + 2);
      if (id === 0x0001) {
        let q = x + 4;
        const qEnd = Math.min(q + size, xEnd);
        if (uncompressedSize === 0xffffffff && q + 8 <= qEnd) {
          uncompressedSize = r.u64(q);
          q += 8;
        }
        if (compressedSize === 0xffffffff && q + 8 <= qEnd) {
          compressedSize = r.u64(q);
          q += 8;
        }
        if (localHeaderOffset === 0xffffffff && q + 8 <= qEnd) localHeaderOffset = r.u64(q);
      }
      x += 4 + size;
    }
    entries.push({ name, method, flags, crc32, compressedSize, uncompressedSize, localHeaderOffset });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return ok(entries);
}

/** Refuses archives whose declared contents are too big or too compressed to be a real document. */
export function checkZipBudget(entries: ZipEntry[], archiveBytes: number): Result<number> {
  let total = 0;
  for (const e of entries) total += e.uncompressedSize;
  if (total > LIMITS.maxUnzippedBytes) {
    return err('TOO_LARGE', `This archive would expand to ${formatBytes(total)}, over the ${formatBytes(LIMITS.maxUnzippedBytes)} limit.`);
  }
  if (total > LIMITS.ratioFloorBytes && total / Math.max(1, archiveBytes) > LIMITS.maxZipRatio) {
    const ratio = Math.round(total / Math.max(1, archiveBytes));
    return err('TOO_LARGE', `This archive is compressed ${ratio}:1, which looks like a zip bomb; it was not opened.`);
  }
  return ok(total);
}

/** Opens a zip after checking its central directory against the caps. Nothing is inflated yet. */
export function openZip(bytes: Uint8Array): Result<SafeZip> {
  const listed = readCentralDirectory(bytes);
  if (!listed.ok) return listed;
  const budget = checkZipBudget(listed.value, bytes.byteLength);
  if (!budget.ok) return budget;
  const entries = new Map<string, ZipEntry>();
  for (const e of listed.value) if (!entries.has(e.name)) entries.set(e.name, e);
  let inflated = 0;

  const read = (name: string): Result<Uint8Array> | null => {
    const entry = entries.get(name);
    if (!entry) return null;
    const got = extractEntry(bytes, entry, LIMITS.maxUnzippedBytes - inflated);
    if (got.ok) inflated += got.value.byteLength;
    return got;
  };
  const readText = (name: string): Result<string> | null => {
    const got = read(name);
    if (!got || !got.ok) return got;
    try {
      return ok(new TextDecoder('utf-8', { ignoreBOM: false }).decode(got.value));
    } catch {
      return err('DAMAGED', `This file is damaged: "${name}" is not valid text.`);
    }
  };
  return ok({ entries, declaredTotal: budget.value, read, readText });
}

/** Inflates one entry; its real output may not exceed its declared size nor the remaining budget. */
export function extractEntry(bytes: Uint8Array, entry: ZipEntry, budget: number): Result<Uint8Array> {
  const r = new Reader(bytes);
  if (entry.flags & 0x1) return err('UNSUPPORTED', 'This file is encrypted and cannot be opened.');
  const lh = entry.localHeaderOffset;
  if (!r.has(lh, 30) || r.u32(lh) !== SIG_LOC) return err('DAMAGED', DAMAGED);
  const start = lh + 30 + r.u16(lh + 26) + r.u16(lh + 28);
  if (!r.has(start, entry.compressedSize)) return err('DAMAGED', DAMAGED);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (entry.uncompressedSize > budget) {
    return err('TOO_LARGE', `This archive would expand beyond the ${formatBytes(LIMITS.maxUnzippedBytes)} limit.`);
  }
  let out: Result<Uint8Array>;
  if (entry.method === 0) {
    out = entry.compressedSize === entry.uncompressedSize ? ok(data) : err('DAMAGED', DAMAGED);
  } else if (entry.method === 8) {
    out = inflateCapped(data, entry.uncompressedSize);
  } else {
    return err('UNSUPPORTED', `This archive uses an unsupported compression method (${entry.method}).`);
  }
  if (!out.ok) return out;
  if (out.value.byteLength !== entry.uncompressedSize || crc32(out.value) !== entry.crc32) {
    return err('DAMAGED', `This file is damaged: "${entry.name}" failed its integrity check.`);
  }
  return out;
}

class OverCap extends Error {}

/** Streaming inflate that stops as soon as the output passes `cap` bytes (a lying header). */
function inflateCapped(data: Uint8Array, cap: number): Result<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflater = new Inflate((chunk) => {
    total += chunk.byteLength;
    if (total > cap) throw new OverCap();
    chunks.push(chunk);
  });
  try {
    if (data.byteLength === 0) inflater.push(new Uint8Array(0), true);
    for (let i = 0; i < data.byteLength; i += INFLATE_CHUNK) {
      const end = Math.min(i + INFLATE_CHUNK, data.byteLength);
      inflater.push(data.subarray(i, end), end === data.byteLength);
    }
  } catch (e) {
    if (e instanceof OverCap) return err('TOO_LARGE', 'This archive holds a file that expands beyond its declared size; it was not opened.');
    return err('DAMAGED', DAMAGED);
  }
  if (chunks.length === 1) return ok(chunks[0]!);
  const out = new Uint8Array(total);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.byteLength;
  }
  return ok(out);
}

let crcTable: Uint32Array | null = null;

/** CRC-32 (IEEE), as stored in zip headers. */
export function crc32(data: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++) crc = crcTable[(crc ^ data[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** A path inside the archive resolved against a base entry's folder ("OEBPS/a.xhtml" + "../b.css"). */
export function resolveZipPath(base: string, href: string): string {
  const clean = decodeURIComponentSafe(href.split('#')[0]!.split('?')[0]!);
  const parts = clean.startsWith('/') ? [] : base.split('/').slice(0, -1);
  for (const seg of clean.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') parts.pop();
    else parts.push(seg);
  }
  return parts.join('/');
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
