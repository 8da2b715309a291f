import { EntitySchema } from '@mikro-orm/core';

/**
 * The content release as stored in PostgreSQL. Rows are upserted by the importer from the data
 * files of `api/content/`; they are never deleted (answers and knowledge elements refer to them),
 * only marked obsolete when they leave the release.
 */
export class AreaEntity {
  id!: string;
  code!: string;
  name!: string;
  nameEn!: string;
  color!: string;
}
export const AreaSchema = new EntitySchema<AreaEntity>({
  class: AreaEntity,
  tableName: 'areas',
  properties: {
    id: { type: 'string', length: 32, primary: true },
    code: { type: 'string', length: 8 },
    name: { type: 'string', length: 255 },
    nameEn: { type: 'string', length: 255 },
    color: { type: 'string', length: 16 },
  },
});

export class CompetenceEntity {
  id!: string;
  code!: string;
  areaId!: string;
  name!: string;
  nameEn!: string;
  description!: string;
  descriptionEn!: string;
}
export const CompetenceSchema = new EntitySchema<CompetenceEntity>({
  class: CompetenceEntity,
  tableName: 'competences',
  properties: {
    id: { type: 'string', length: 32, primary: true },
    code: { type: 'string', length: 8 },
    areaId: { type: 'string', length: 32 },
    name: { type: 'string', length: 255 },
    nameEn: { type: 'string', length: 255 },
    description: { type: 'text' },
    descriptionEn: { type: 'text' },
  },
});

export class TubeEntity {
  id!: string;
  name!: string;
  competenceId!: string;
  title!: string;
  titleEn?: string | null;
  thematic!: string;
  description!: string;
  status!: string;
}
export const TubeSchema = new EntitySchema<TubeEntity>({
  class: TubeEntity,
  tableName: 'tubes',
  indexes: [{ properties: ['competenceId'] }],
  properties: {
    id: { type: 'string', length: 64, primary: true },
    name: { type: 'string', length: 64 },
    competenceId: { type: 'string', length: 32 },
    title: { type: 'string', length: 255 },
    titleEn: { type: 'string', length: 255, nullable: true },
    thematic: { type: 'string', length: 255 },
    description: { type: 'text' },
    status: { type: 'string', length: 16 },
  },
});

export class SkillEntity {
  id!: string;
  name!: string;
  tubeId!: string;
  competenceId!: string;
  level!: number;
  hint!: string;
  status!: string;
  tutorialIds!: string[];
  learnMoreTutorialIds!: string[];
}
export const SkillSchema = new EntitySchema<SkillEntity>({
  class: SkillEntity,
  tableName: 'skills',
  indexes: [{ properties: ['tubeId'] }, { properties: ['competenceId'] }],
  properties: {
    id: { type: 'string', length: 64, primary: true },
    name: { type: 'string', length: 64 },
    tubeId: { type: 'string', length: 64 },
    competenceId: { type: 'string', length: 32 },
    level: { type: 'smallint' },
    hint: { type: 'text' },
    status: { type: 'string', length: 16 },
    tutorialIds: { type: 'json' },
    learnMoreTutorialIds: { type: 'json' },
  },
});

export class ChallengeEntity {
  /** The readable id of the content files (`rechercheWeb3-a`): names the skill, never shown to learners. */
  id!: string;
  /** The opaque id the API shows, random, given at the first import and kept (a database default). */
  publicId!: string;
  skillId!: string;
  type!: string;
  status!: string;
  locales!: string[];
  instruction!: string;
  instructionEn?: string | null;
  proposals?: string[] | null;
  proposalsEn?: string[] | null;
  fields?: unknown[] | null;
  solution!: unknown;
  tolerancesOff!: string[];
  timer?: number | null;
  illustration?: unknown;
  attachment?: unknown;
  embed?: unknown;
}
export const ChallengeSchema = new EntitySchema<ChallengeEntity>({
  class: ChallengeEntity,
  tableName: 'challenges',
  indexes: [{ properties: ['skillId'] }],
  properties: {
    id: { type: 'string', length: 64, primary: true },
    publicId: { type: 'string', length: 32, unique: 'challenges_public_id_unique', defaultRaw: `('rec' || substr(md5(gen_random_uuid()::text), 1, 14))` },
    skillId: { type: 'string', length: 64 },
    type: { type: 'string', length: 16 },
    status: { type: 'string', length: 16 },
    locales: { type: 'json' },
    instruction: { type: 'text' },
    instructionEn: { type: 'text', nullable: true },
    proposals: { type: 'json', nullable: true },
    proposalsEn: { type: 'json', nullable: true },
    fields: { type: 'json', nullable: true },
    solution: { type: 'json' },
    tolerancesOff: { type: 'json' },
    timer: { type: 'integer', nullable: true },
    illustration: { type: 'json', nullable: true },
    attachment: { type: 'json', nullable: true },
    embed: { type: 'json', nullable: true },
  },
});

export class TutorialEntity {
  id!: string;
  tubeId!: string;
  title!: string;
  titleEn?: string | null;
  source!: string;
  format!: string;
  durationMinutes!: number;
  link!: string;
  locale!: string;
  status!: string;
}
export const TutorialSchema = new EntitySchema<TutorialEntity>({
  class: TutorialEntity,
  tableName: 'tutorials',
  indexes: [{ properties: ['tubeId'] }],
  properties: {
    id: { type: 'string', length: 96, primary: true },
    tubeId: { type: 'string', length: 64 },
    title: { type: 'string', length: 500 },
    titleEn: { type: 'string', length: 500, nullable: true },
    source: { type: 'string', length: 255 },
    format: { type: 'string', length: 32 },
    durationMinutes: { type: 'integer' },
    link: { type: 'string', length: 1000 },
    locale: { type: 'string', length: 5 },
    status: { type: 'string', length: 16 },
  },
});

/** One row per imported release: its version is a hash of the data files. */
export class ContentReleaseEntity {
  id!: number;
  version!: string;
  importedAt: Date = new Date();
  summary!: Record<string, number>;
}
export const ContentReleaseSchema = new EntitySchema<ContentReleaseEntity>({
  class: ContentReleaseEntity,
  tableName: 'content_releases',
  properties: {
    id: { type: 'integer', primary: true, autoincrement: true },
    version: { type: 'string', length: 64, unique: 'content_releases_version_unique' },
    importedAt: { type: 'datetime', defaultRaw: 'now()' },
    summary: { type: 'json' },
  },
});

export const learningContentSchemas = [
  AreaSchema,
  CompetenceSchema,
  TubeSchema,
  SkillSchema,
  ChallengeSchema,
  TutorialSchema,
  ContentReleaseSchema,
];
