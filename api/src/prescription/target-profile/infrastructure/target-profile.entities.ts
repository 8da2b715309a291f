import { EntitySchema, OptionalProps } from '@mikro-orm/core';

/** A parcours: public (offered to every organisation) or owned by one organisation. */
export class TargetProfileEntity {
  [OptionalProps]?: 'createdAt' | 'isPublic';
  id!: number;
  name!: string;
  category!: string;
  description?: string | null;
  isPublic: boolean = false;
  ownerOrganizationId?: number | null;
  createdAt: Date = new Date();
}

export const TargetProfileSchema = new EntitySchema<TargetProfileEntity>({
  class: TargetProfileEntity,
  tableName: 'target_profiles',
  properties: {
    id: { type: 'integer', primary: true, autoincrement: true },
    name: { type: 'string', length: 255 },
    category: { type: 'string', length: 16 },
    description: { type: 'text', nullable: true },
    isPublic: { type: 'boolean', default: false },
    ownerOrganizationId: { type: 'integer', nullable: true },
    createdAt: { type: 'datetime', defaultRaw: 'now()' },
  },
});

/** A tube of a parcours and the highest level targeted in it. */
export class TargetProfileTubeEntity {
  targetProfileId!: number;
  tubeId!: string;
  level!: number;
}

export const TargetProfileTubeSchema = new EntitySchema<TargetProfileTubeEntity>({
  class: TargetProfileTubeEntity,
  tableName: 'target_profile_tubes',
  properties: {
    targetProfileId: { type: 'integer', primary: true },
    tubeId: { type: 'string', length: 64, primary: true },
    level: { type: 'smallint' },
  },
});

export const targetProfileSchemas = [TargetProfileSchema, TargetProfileTubeSchema];
