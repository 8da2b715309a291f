import type { EntityManager } from '@mikro-orm/postgresql';
import { knexOf } from '../../shared/infrastructure/database/knex-of';
import { frenchOrder } from '../../shared/infrastructure/database/french-text';
import type { Tag } from '../domain/organization-search';

/** Tags and which organisations carry them. */
export class TagRepository {
  constructor(private readonly em: EntityManager) {}

  async all(): Promise<Tag[]> {
    const order = frenchOrder([{ column: 'name', french: true }]);
    return knexOf(this.em)('tags').select('id', 'name').orderByRaw(order.sql, order.bindings);
  }

  async existing(ids: readonly number[]): Promise<Tag[]> {
    return knexOf(this.em)('tags').whereIn('id', ids as number[]).select('id', 'name');
  }

  /** The tags of each organisation, in one statement for a whole page. */
  async ofOrganizations(organizationIds: readonly number[]): Promise<(Tag & { organizationId: number })[]> {
    const order = frenchOrder([{ column: 't.name', french: true }]);
    const rows = await knexOf(this.em)('organization_tags as ot')
      .join('tags as t', 't.id', 'ot.tag_id')
      .whereIn('ot.organization_id', organizationIds as number[])
      .select('ot.organization_id', 't.id', 't.name')
      .orderByRaw(order.sql, order.bindings);
    return rows.map((r: any) => ({ organizationId: r.organization_id, id: r.id, name: r.name }));
  }

  /** The organisation's tags become exactly these. */
  async replace(organizationId: number, tagIds: readonly number[]): Promise<void> {
    await knexOf(this.em)('organization_tags').where({ organization_id: organizationId }).delete();
    if (tagIds.length) await knexOf(this.em)('organization_tags').insert(tagIds.map((tagId) => ({ organization_id: organizationId, tag_id: tagId })));
  }
}
