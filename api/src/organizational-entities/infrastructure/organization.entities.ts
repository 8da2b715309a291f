import { EntitySchema, OptionalProps } from '@mikro-orm/core';

export type OrganizationTypeValue = 'SCO' | 'SUP' | 'PRO';

/** A school, a university or a company/public body. A SCO school manages its pupils (SIECLE). */
export class OrganizationEntity {
  [OptionalProps]?: 'createdAt' | 'isManagingStudents';
  id!: number;
  name!: string;
  type!: OrganizationTypeValue;
  uai?: string | null;
  email?: string | null;
  isManagingStudents: boolean = false;
  provinceCode?: string | null;
  externalId?: string | null;
  archivedAt?: Date | null;
  createdAt: Date = new Date();
}

export const OrganizationSchema = new EntitySchema<OrganizationEntity>({
  class: OrganizationEntity,
  tableName: 'organizations',
  properties: {
    id: { type: 'integer', primary: true, autoincrement: true },
    name: { type: 'string', length: 255 },
    type: { type: 'string', length: 8 },
    uai: { type: 'string', length: 8, nullable: true },
    email: { type: 'string', length: 255, nullable: true },
    isManagingStudents: { type: 'boolean', default: false },
    provinceCode: { type: 'string', length: 3, nullable: true },
    externalId: { type: 'string', length: 255, nullable: true },
    archivedAt: { type: 'datetime', nullable: true },
    createdAt: { type: 'datetime', defaultRaw: 'now()' },
  },
});
