import type { EntityManager } from '@mikro-orm/postgresql';
import { UnauthenticatedError } from '../../shared/domain/errors';
import type { UserEntity } from '../infrastructure/user.entity';
import { UserRepository } from '../infrastructure/user.repository';

/** The logged-in account, as shown on every page (`me`); an account gone since the token was issued is logged out. */
export async function getCurrentAccount(em: EntityManager, userId: number): Promise<UserEntity> {
  const user = await new UserRepository(em).findForDisplay(userId);
  if (!user) throw new UnauthenticatedError();
  return user;
}
