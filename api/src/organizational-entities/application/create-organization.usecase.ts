import type { EntityManager } from '@mikro-orm/postgresql';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { BadUserInputError } from '../../shared/domain/errors';
import { validateNewOrganization } from '../domain/organization-rules';
import { OrganizationRepository, type OrganizationRow } from '../infrastructure/organization.repository';

/** Platform staff (SUPER_ADMIN, SUPPORT; declared on the operation) create organisations of every type. */
export async function createOrganization(
  em: EntityManager,
  input: { name: string; type: string; uai?: string | null; email?: string | null; isManagingStudents?: boolean | null },
): Promise<OrganizationRow> {
  const organization = validateNewOrganization(input);
  try {
    return await new OrganizationRepository(em).create(organization);
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException || (error as { code?: string }).code === '23505')
      throw new BadUserInputError('uai', 'errors.field.uaiTaken');
    throw error;
  }
}
