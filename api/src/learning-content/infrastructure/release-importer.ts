import type { EntityManager } from '@mikro-orm/postgresql';
import type { ContentRelease } from '../domain/learning-content';

export interface ImportOutcome {
  imported: boolean;
  version: string;
}

const CHUNK = 500;

/**
 * Imports a release into PostgreSQL in one transaction, idempotently: a release whose version is
 * already stamped is skipped; rows are upserted by id; rows that left the release are kept (answers
 * refer to them) but marked obsolete / archived. An advisory lock serialises concurrent API nodes.
 */
export async function importRelease(em: EntityManager, release: ContentRelease): Promise<ImportOutcome> {
  const knex = em.getKnex();
  return knex.transaction(async (trx) => {
    await trx.raw('select pg_advisory_xact_lock(?)', [424242]);
    const existing = await trx('content_releases').where({ version: release.version }).first();
    if (existing) return { imported: false, version: release.version };

    const upsert = async (table: string, rows: Record<string, unknown>[]) => {
      for (let i = 0; i < rows.length; i += CHUNK) {
        await trx(table).insert(rows.slice(i, i + CHUNK)).onConflict('id').merge();
      }
    };
    const json = (value: unknown) => JSON.stringify(value);
    await upsert('areas', release.areas.map((a) => ({ id: a.id, code: a.code, name: a.name, name_en: a.nameEn, color: a.color })));
    await upsert(
      'competences',
      release.competences.map((c) => ({
        id: c.id,
        code: c.code,
        area_id: c.areaId,
        name: c.name,
        name_en: c.nameEn,
        description: c.description,
        description_en: c.descriptionEn,
      })),
    );
    await upsert(
      'tubes',
      release.tubes.map((t) => ({
        id: t.id,
        name: t.name,
        competence_id: t.competenceId,
        title: t.title,
        title_en: t.titleEn,
        thematic: t.thematic,
        description: t.description,
        status: 'active',
      })),
    );
    await upsert(
      'tutorials',
      release.tutorials.map((t) => ({
        id: t.id,
        tube_id: t.tubeId,
        title: t.title,
        title_en: t.titleEn ?? null,
        source: t.source,
        format: t.format,
        duration_minutes: t.durationMinutes,
        link: t.link,
        locale: t.locale,
        status: 'active',
      })),
    );
    await upsert(
      'skills',
      release.skills.map((s) => ({
        id: s.id,
        name: s.name,
        tube_id: s.tubeId,
        competence_id: s.competenceId,
        level: s.level,
        hint: s.hint,
        status: s.status,
        tutorial_ids: json(s.tutorialIds),
        learn_more_tutorial_ids: json(s.learnMoreTutorialIds),
      })),
    );
    // No public_id here: a new challenge gets a random one from the column's default, and an existing one
    // keeps its own (the merge only writes the columns given), so the ids the API shows never change.
    await upsert(
      'challenges',
      release.challenges.map((c) => ({
        id: c.id,
        skill_id: c.skillId,
        type: c.type,
        status: c.status,
        locales: json(c.locales),
        instruction: c.instruction,
        instruction_en: c.instructionEn,
        proposals: c.proposals ? json(c.proposals) : null,
        proposals_en: c.proposalsEn ? json(c.proposalsEn) : null,
        fields: c.fields ? json(c.fields) : null,
        solution: json(c.solution),
        tolerances_off: json(c.tolerancesOff),
        timer: c.timer,
        illustration: c.illustration ? json(c.illustration) : null,
        attachment: c.attachment ? json(c.attachment) : null,
        embed: c.embed ? json(c.embed) : null,
      })),
    );
    const retire = async (table: string, ids: string[], status: string) =>
      trx(table).whereNotIn('id', ids).whereNot('status', status).update({ status });
    await retire('challenges', release.challenges.map((c) => c.id), 'obsolete');
    await retire('skills', release.skills.map((s) => s.id), 'archived');
    await retire('tubes', release.tubes.map((t) => t.id), 'archived');
    await retire('tutorials', release.tutorials.map((t) => t.id), 'archived');
    await trx('content_releases').insert({
      version: release.version,
      summary: json({
        competences: release.competences.length,
        tubes: release.tubes.length,
        skills: release.skills.length,
        challenges: release.challenges.length,
        tutorials: release.tutorials.length,
      }),
    });
    return { imported: true, version: release.version };
  });
}
