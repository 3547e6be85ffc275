import { strFromU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { compareCodeUnits } from './manifest-input.ts';

/** Files of a package or a build, by path relative to its root (`_astro/app.js`, always `/`-separated). */
export type PackageFiles = ReadonlyMap<string, Uint8Array>;

/**
 * One fixed timestamp for every entry, so that the same files give the same bytes. fflate writes DOS time from
 * the Date's local-time fields, so a Date built from local fields gives the same entry on every machine and in
 * every time zone; noon keeps clear of any midnight a time-zone change skipped.
 */
export const ZIP_MTIME = new Date(1980, 0, 1, 12, 0, 0);

/** Already-compressed formats are stored: deflating them again costs time and saves nothing. */
const STORED = /\.(png|jpe?g|gif|webp|avif|woff2?|zip|gz|mp3|mp4|webm|ogg)$/i;

/**
 * A deterministic zip: entries in code-unit order, fixed timestamps, fixed compression level, no directory
 * entries (every LMS's unzipper creates folders from the paths).
 */
export function zipFiles(files: PackageFiles): Uint8Array {
  const entries: Zippable = {};
  for (const path of [...files.keys()].sort(compareCodeUnits)) {
    const data = files.get(path);
    if (!data) continue;
    entries[path] = [data, { level: STORED.test(path) ? 0 : 9, mtime: ZIP_MTIME }];
  }
  return zipSync(entries, { mtime: ZIP_MTIME });
}

/** Reads a zip into memory (the LMS preview serves a package without writing it anywhere). */
export function unzipFiles(zip: Uint8Array): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  for (const [path, data] of Object.entries(unzipSync(zip))) {
    if (!path.endsWith('/')) files.set(path, data);
  }
  return files;
}

/** Entry names in the order they are stored in the zip (central directory order). */
export function zipEntryNames(zip: Uint8Array): string[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  // End of central directory: signature 0x06054b50, searched from the end (no zip comment is written).
  let eocd = zip.length - 22;
  while (eocd >= 0 && view.getUint32(eocd, true) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error('not a zip file: no end of central directory');
  const count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    names.push(strFromU8(zip.subarray(offset + 46, offset + 46 + nameLength)));
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}
