import type { EntityManager } from '@mikro-orm/postgresql';
import { LearningContent, type ContentRelease } from '../domain/learning-content';

/** Loads the latest imported release from PostgreSQL (archived rows included: history refers to them). */
export async function loadLearningContent(em: EntityManager): Promise<LearningContent> {
  const knex = em.getKnex();
  const [release, areas, competences, tubes, skills, challenges, tutorials] = await Promise.all([
    knex('content_releases').orderBy('id', 'desc').first(),
    knex('areas'),
    knex('competences'),
    knex('tubes'),
    knex('skills'),
    knex('challenges'),
    knex('tutorials').where({ status: 'active' }),
  ]);
  const data: ContentRelease = {
    version: release?.version ?? 'empty',
    areas: areas.map((a) => ({
      id: a.id,
      code: a.code,
      name: a.name,
      nameEn: a.name_en,
      color: a.color,
      competenceIds: competences
        .filter((c) => c.area_id === a.id)
        .map((c) => c.id)
        .sort((x: string, y: string) => x.localeCompare(y, 'fr', { numeric: true })),
    })),
    competences: competences.map((c) => ({
      id: c.id,
      code: c.code,
      areaId: c.area_id,
      name: c.name,
      nameEn: c.name_en,
      description: c.description,
      descriptionEn: c.description_en,
    })),
    tubes: tubes.map((t) => ({
      id: t.id,
      name: t.name,
      competenceId: t.competence_id,
      title: t.title,
      titleEn: t.title_en,
      thematic: t.thematic,
      description: t.description,
    })),
    skills: skills.map((s) => ({
      id: s.id,
      name: s.name,
      tubeId: s.tube_id,
      competenceId: s.competence_id,
      level: s.level,
      hint: s.hint,
      status: s.status,
      tutorialIds: s.tutorial_ids,
      learnMoreTutorialIds: s.learn_more_tutorial_ids,
    })),
    challenges: challenges.map((c) => ({
      id: c.id,
      publicId: c.public_id,
      skillId: c.skill_id,
      type: c.type,
      status: c.status,
      locales: c.locales,
      instruction: c.instruction,
      instructionEn: c.instruction_en,
      proposals: c.proposals,
      proposalsEn: c.proposals_en ?? null,
      fields: c.fields,
      solution: c.solution,
      tolerancesOff: c.tolerances_off,
      timer: c.timer,
      illustration: c.illustration ?? null,
      attachment: c.attachment ?? null,
      embed: c.embed ?? null,
    })),
    tutorials: tutorials.map((t) => ({
      id: t.id,
      tubeId: t.tube_id,
      title: t.title,
      titleEn: t.title_en ?? null,
      source: t.source,
      format: t.format,
      durationMinutes: t.duration_minutes,
      link: t.link,
      locale: t.locale,
    })),
  };
  return new LearningContent(data);
}

export async function latestReleaseVersion(em: EntityManager): Promise<string | undefined> {
  const row = await em.getKnex()('content_releases').select('version').orderBy('id', 'desc').first();
  return row?.version;
}
