import type { MikroORM } from '@mikro-orm/postgresql';
import { openOrm } from '../../src/database';
import { importRelease } from '../../src/learning-content/infrastructure/release-importer';
import { readReleaseFiles, DEFAULT_CONTENT_ROOT } from '../../src/learning-content/infrastructure/release-files';
import { loadLearningContent } from '../../src/learning-content/infrastructure/learning-content.repository';
import { createTestDatabase } from '../helpers/test-database';

describe('importing the content release into PostgreSQL', () => {
  let orm: MikroORM;
  let drop: () => Promise<void>;
  const release = readReleaseFiles(DEFAULT_CONTENT_ROOT);

  beforeAll(async () => {
    const database = await createTestDatabase();
    drop = database.drop;
    orm = await openOrm(database.url);
  });
  afterAll(async () => {
    await orm.close(true);
    await drop();
  });

  const count = async (table: string, where: Record<string, string> = {}) =>
    Number((await orm.em.getKnex()(table).where(where).count({ n: '*' }))[0].n);

  it('skips a release already imported (the template has it)', async () => {
    expect(await importRelease(orm.em.fork(), release)).toEqual({ imported: false, version: release.version });
    expect(await count('challenges')).toBe(release.challenges.length);
  });

  it('imports a new version in one go, keeping challenges that left the release as obsolete', async () => {
    const before = await loadLearningContent(orm.em.fork());
    const removed = release.challenges[0];
    const next = {
      ...release,
      version: 'test-v2',
      challenges: release.challenges.slice(1).map((c, i) => (i === 0 ? { ...c, instruction: `${c.instruction} (corrigée)` } : c)),
    };
    expect(await importRelease(orm.em.fork(), next)).toEqual({ imported: true, version: 'test-v2' });
    expect(await count('challenges')).toBe(release.challenges.length);
    expect(await count('challenges', { id: removed.id, status: 'obsolete' })).toBe(1);
    const content = await loadLearningContent(orm.em.fork());
    expect(content.version).toBe('test-v2');
    expect(content.challenge(release.challenges[1].id)!.instruction).toMatch(/\(corrigée\)$/);
    // The opaque ids the API shows survive a new release (a learner's test in progress keeps its challenge's id).
    expect(release.challenges.map((c) => content.publicIdOf(c.id))).toEqual(release.challenges.map((c) => before.publicIdOf(c.id)));
  });

  it('gives every challenge its own opaque public id, which says nothing of its skill', async () => {
    const content = await loadLearningContent(orm.em.fork());
    const publicIds = release.challenges.map((c) => content.publicIdOf(c.id));
    expect(new Set(publicIds).size).toBe(release.challenges.length);
    publicIds.forEach((id) => expect(id).toMatch(/^rec[0-9a-f]{14}$/));
    const added = { ...release.challenges[0], id: 'ajout1-a' };
    const skill = release.skills.find((s) => s.id === added.skillId)!;
    await importRelease(orm.em.fork(), { ...release, version: 'test-v3', skills: release.skills, challenges: [...release.challenges, added] });
    const withAdded = await loadLearningContent(orm.em.fork());
    expect(withAdded.publicIdOf('ajout1-a')).toMatch(/^rec[0-9a-f]{14}$/);
    expect(withAdded.challengeOfPublicId(withAdded.publicIdOf('ajout1-a'))!.skillId).toBe(skill.id);
  });

  it('writes nothing when one row is wrong', async () => {
    const broken = { ...release, version: 'test-broken', skills: [...release.skills, { ...release.skills[0], id: 'orphelin1', tubeId: 'inexistant' }] };
    await expect(importRelease(orm.em.fork(), broken)).rejects.toThrow();
    expect(await count('content_releases', { version: 'test-broken' })).toBe(0);
    expect(await count('skills', { id: 'orphelin1' })).toBe(0);
  });

  it('loads the framework with areas in order and their competences', async () => {
    const content = await loadLearningContent(orm.em.fork());
    expect(content.areas.map((a) => [a.code, a.competenceIds.length])).toEqual([
      ['1', 3],
      ['2', 4],
      ['3', 4],
      ['4', 3],
      ['5', 2],
    ]);
  });
});
