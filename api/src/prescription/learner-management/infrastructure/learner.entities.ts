import { EntitySchema, OptionalProps } from '@mikro-orm/core';

/** A pupil of a school, as imported from SIECLE (or, later, a learner of another organisation). */
export class OrganizationLearnerEntity {
  [OptionalProps]?: 'createdAt' | 'updatedAt' | 'isDisabled';
  id!: number;
  organizationId!: number;
  userId?: number | null;
  nationalStudentId?: string | null;
  firstName!: string;
  middleName?: string | null;
  thirdName?: string | null;
  lastName!: string;
  preferredLastName?: string | null;
  sex?: string | null;
  birthdate?: string | null;
  birthCountryCode?: string | null;
  birthCityCode?: string | null;
  birthCity?: string | null;
  birthProvinceCode?: string | null;
  division?: string | null;
  mefCode?: string | null;
  status?: string | null;
  isDisabled: boolean = false;
  createdAt: Date = new Date();
  updatedAt: Date = new Date();
}

export const OrganizationLearnerSchema = new EntitySchema<OrganizationLearnerEntity>({
  class: OrganizationLearnerEntity,
  tableName: 'organization_learners',
  properties: {
    id: { type: 'integer', primary: true, autoincrement: true },
    organizationId: { type: 'integer' },
    userId: { type: 'integer', nullable: true },
    nationalStudentId: { type: 'string', length: 16, nullable: true },
    firstName: { type: 'string', length: 255 },
    middleName: { type: 'string', length: 255, nullable: true },
    thirdName: { type: 'string', length: 255, nullable: true },
    lastName: { type: 'string', length: 255 },
    preferredLastName: { type: 'string', length: 255, nullable: true },
    sex: { type: 'string', length: 1, nullable: true },
    birthdate: { type: 'date', nullable: true },
    birthCountryCode: { type: 'string', length: 8, nullable: true },
    birthCityCode: { type: 'string', length: 8, nullable: true },
    birthCity: { type: 'string', length: 255, nullable: true },
    birthProvinceCode: { type: 'string', length: 8, nullable: true },
    division: { type: 'string', length: 64, nullable: true },
    mefCode: { type: 'string', length: 16, nullable: true },
    status: { type: 'string', length: 8, nullable: true },
    isDisabled: { type: 'boolean', default: false },
    createdAt: { type: 'datetime', defaultRaw: 'now()' },
    updatedAt: { type: 'datetime', defaultRaw: 'now()' },
  },
});

/** One SIECLE import: its progress, polled by the console, and what it found. */
export class ImportJobEntity {
  [OptionalProps]?: 'createdAt' | 'updatedAt' | 'state' | 'progress';
  id!: number;
  organizationId!: number;
  createdBy!: number;
  state: 'PENDING' | 'RUNNING' | 'DONE' | 'FAILED' = 'PENDING';
  progress: number = 0;
  pupilsAdded?: number | null;
  pupilsUpdated?: number | null;
  pupilsLeft?: number | null;
  addedPupils?: unknown;
  leftPupils?: unknown;
  errors?: unknown;
  createdAt: Date = new Date();
  updatedAt: Date = new Date();
}

export const ImportJobSchema = new EntitySchema<ImportJobEntity>({
  class: ImportJobEntity,
  tableName: 'import_jobs',
  properties: {
    id: { type: 'integer', primary: true, autoincrement: true },
    organizationId: { type: 'integer' },
    createdBy: { type: 'integer' },
    state: { type: 'string', length: 16, default: 'PENDING' },
    progress: { type: 'integer', default: 0 },
    pupilsAdded: { type: 'integer', nullable: true },
    pupilsUpdated: { type: 'integer', nullable: true },
    pupilsLeft: { type: 'integer', nullable: true },
    addedPupils: { type: 'json', nullable: true },
    leftPupils: { type: 'json', nullable: true },
    errors: { type: 'json', nullable: true },
    createdAt: { type: 'datetime', defaultRaw: 'now()' },
    updatedAt: { type: 'datetime', defaultRaw: 'now()' },
  },
});
