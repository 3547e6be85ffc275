import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { HELPLINES_DIR } from '../help/load-helplines.ts';

/** A content file, with its path relative to the project root (`src/modules/x/lesson.yaml`). */
export interface ContentFile {
  path: string;
  text: string;
}

/** Where the illustrations are (`<name>.svg`), relative to the project root. */
export const ILLUSTRATIONS_DIR = 'src/illustrations';

/** The reference language: `content.mdx` and scenario files without a translation are in it. */
export const SOURCE_LANGUAGE = 'en';

/** Reads every content file of the project: lessons, quizzes, texts, scenarios, translations, helplines, pictures. */
export function readContentFiles(root: string): ContentFile[] {
  const files: ContentFile[] = [];
  const helplines = join(root, HELPLINES_DIR);
  if (existsSync(helplines)) {
    for (const name of readdirSync(helplines).sort()) {
      if (/\.ya?ml$/.test(name)) {
        files.push({ path: `${HELPLINES_DIR}/${name}`, text: readFileSync(join(helplines, name), 'utf8') });
      }
    }
  }
  const illustrations = join(root, ILLUSTRATIONS_DIR);
  if (existsSync(illustrations)) {
    for (const name of readdirSync(illustrations).sort()) {
      if (name.endsWith('.svg')) {
        files.push({ path: `${ILLUSTRATIONS_DIR}/${name}`, text: readFileSync(join(illustrations, name), 'utf8') });
      }
    }
  }
  for (const area of ['src/modules', 'src/scenarios']) {
    const dir = join(root, area);
    if (!existsSync(dir)) continue;
    for (const folder of readdirSync(dir).sort()) {
      const folderPath = join(dir, folder);
      if (!statSync(folderPath).isDirectory()) continue;
      for (const name of readdirSync(folderPath).sort()) {
        if (!/\.(ya?ml|mdx)$/.test(name)) continue;
        files.push({ path: `${area}/${folder}/${name}`, text: readFileSync(join(folderPath, name), 'utf8') });
      }
    }
  }
  return files;
}

/** The files of each folder of an area (`src/modules`, `src/scenarios`), by folder name. */
export interface FolderFiles {
  folder: string;
  files: Map<string, ContentFile>;
}

export function byFolder(files: readonly ContentFile[], area: string): FolderFiles[] {
  const folders = new Map<string, Map<string, ContentFile>>();
  for (const file of files) {
    const match = new RegExp(`^${area}/([^/]+)/([^/]+)$`).exec(file.path);
    if (!match?.[1] || !match[2]) continue;
    const entries = folders.get(match[1]) ?? new Map<string, ContentFile>();
    entries.set(match[2], file);
    folders.set(match[1], entries);
  }
  return [...folders].map(([folder, entries]) => ({ folder, files: entries }));
}

/** Languages that have interface text (`src/i18n/<language>/`). */
export function readLanguages(root: string): string[] {
  const dir = join(root, 'src/i18n');
  return readdirSync(dir)
    .filter((name) => statSync(join(dir, name)).isDirectory())
    .sort();
}
