import type { EntityManager } from '@mikro-orm/postgresql';
import { UserRepository } from '../infrastructure/user.repository';

/** The id of the account with this e-mail (already checked and normalised), or null: for other contexts (staff adding a member). */
export function findAccountIdByEmail(em: EntityManager, email: string): Promise<number | null> {
  return new UserRepository(em).findIdByEmail(email);
}
