import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { ContentValidationError, parseRelease, type ReleaseFile } from '../domain/release-parser';
import type { ContentRelease } from '../domain/learning-content';
import { embedPageProblems } from '../domain/embed-rules';

function listJsonFiles(root: string, dir = ''): string[] {
  return readdirSync(path.join(root, dir))
    .sort()
    .flatMap((name) => {
      const relative = dir ? `${dir}/${name}` : name;
      if (statSync(path.join(root, relative)).isDirectory()) return relative === 'assets' ? [] : listJsonFiles(root, relative);
      return name.endsWith('.json') ? [relative] : [];
    });
}

/** Reads and validates the release under `root` (api/content). The version is a hash of the files. */
export function readReleaseFiles(root: string): ContentRelease {
  const hash = createHash('sha256');
  const files: ReleaseFile[] = [];
  const problems: { file: string; field: string; message: string }[] = [];
  for (const relative of listJsonFiles(root)) {
    const text = readFileSync(path.join(root, relative), 'utf8');
    hash.update(relative).update('\0').update(text).update('\0');
    try {
      files.push({ path: relative, data: JSON.parse(text) });
    } catch (error) {
      problems.push({ file: relative, field: '', message: `not valid JSON: ${(error as Error).message}` });
    }
  }
  if (problems.length) throw new ContentValidationError(problems);
  const release = parseRelease(files, '');
  // Assets are part of the release: a missing one is an error, a changed one a new version.
  const hashed = new Set<string>();
  for (const challenge of release.challenges) {
    const assets = [
      ['illustration', challenge.illustration],
      ['attachment', challenge.attachment],
      ['embed', challenge.embed],
    ] as const;
    for (const [kind, asset] of assets) {
      if (!asset) continue;
      const full = path.join(root, asset.file);
      if (!existsSync(full)) {
        problems.push({ file: `challenge ${challenge.id}`, field: `${kind}.file`, message: `${asset.file} does not exist` });
        continue;
      }
      const bytes = readFileSync(full);
      if (!hashed.has(asset.file)) hash.update(asset.file).update('\0').update(bytes).update('\0');
      hashed.add(asset.file);
      if (kind === 'attachment' && challenge.attachment) challenge.attachment = { ...challenge.attachment, size: bytes.length };
      if (kind === 'embed')
        for (const message of embedPageProblems(bytes.toString('utf8'))) problems.push({ file: asset.file, field: `challenge ${challenge.id}`, message });
    }
  }
  if (problems.length) throw new ContentValidationError(problems);
  return { ...release, version: hash.digest('hex').slice(0, 16) };
}

export const DEFAULT_CONTENT_ROOT = path.resolve(__dirname, __filename.endsWith('.js') ? '../../../../content' : '../../../content');
