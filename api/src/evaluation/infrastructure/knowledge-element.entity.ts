import { EntitySchema } from '@mikro-orm/core';

export class KnowledgeElementEntity {
  id!: number;
  userId!: number;
  skillId!: string;
  competenceId!: string;
  status!: 'validated' | 'invalidated' | 'reset';
  source!: 'direct' | 'inferred';
  earnedPix!: number;
  assessmentId?: number | null;
  answerId?: number | null;
  createdAt: Date = new Date();
}

export const KnowledgeElementSchema = new EntitySchema<KnowledgeElementEntity>({
  class: KnowledgeElementEntity,
  tableName: 'knowledge_elements',
  indexes: [{ properties: ['userId', 'createdAt'] }, { properties: ['userId', 'competenceId'] }],
  properties: {
    id: { type: 'integer', primary: true, autoincrement: true },
    userId: { type: 'integer' },
    skillId: { type: 'string', length: 64 },
    competenceId: { type: 'string', length: 32 },
    status: { type: 'string', length: 16 },
    source: { type: 'string', length: 16 },
    earnedPix: { type: 'double' },
    assessmentId: { type: 'integer', nullable: true },
    answerId: { type: 'integer', nullable: true },
    createdAt: { type: 'datetime', defaultRaw: 'now()' },
  },
});
