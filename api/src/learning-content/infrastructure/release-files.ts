import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { ContentValidationError, parseRelease, type ReleaseFile } from '../domain/release-parser';
import type { Challenge, ContentRelease } from '../domain/learning-content';
import { assetFile } from '../domain/challenge-parser';
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
  const read = (challenge: Challenge, kind: string, file: string): Buffer | null => {
    const full = path.join(root, assetFile(file));
    if (!existsSync(full)) {
      problems.push({ file: `challenge ${challenge.id}`, field: `${kind}`, message: `${assetFile(file)} does not exist` });
      return null;
    }
    const bytes = readFileSync(full);
    if (!hashed.has(file)) hash.update(file).update('\0').update(bytes).update('\0');
    hashed.add(file);
    return bytes;
  };
  for (const challenge of release.challenges) {
    const { illustration, attachment, embed } = challenge;
    if (illustration) {
      const bytes = read(challenge, 'illustration.file', illustration.file);
      if (illustration.fileEn) read(challenge, 'illustration.fileEn', illustration.fileEn);
      if (bytes && /\.svg$/.test(illustration.file)) challenge.illustration = { ...illustration, holdsText: /<text[\s>]/.test(bytes.toString('utf8')) };
    }
    if (attachment) {
      const bytes = read(challenge, 'attachment.file', attachment.file);
      const bytesEn = attachment.fileEn ? read(challenge, 'attachment.fileEn', attachment.fileEn) : null;
      challenge.attachment = { ...attachment, ...(bytes ? { size: bytes.length } : {}), ...(bytesEn ? { sizeEn: bytesEn.length } : {}) };
    }
    if (embed) {
      for (const [kind, file] of [['embed.file', embed.file], ['embed.fileEn', embed.fileEn]] as const) {
        if (!file) continue;
        const bytes = read(challenge, kind, file);
        if (bytes) for (const message of embedPageProblems(bytes.toString('utf8'))) problems.push({ file: assetFile(file), field: `challenge ${challenge.id}`, message });
      }
    }
  }
  if (problems.length) throw new ContentValidationError(problems);
  return { ...release, version: hash.digest('hex').slice(0, 16) };
}

export const DEFAULT_CONTENT_ROOT = path.resolve(__dirname, __filename.endsWith('.js') ? '../../../../content' : '../../../content');
