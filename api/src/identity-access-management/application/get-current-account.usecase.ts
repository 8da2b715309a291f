import { UnauthenticatedError } from '../../shared/domain/errors';
import type { UserEntity } from '../infrastructure/user.entity';
import type { IamRepositories } from './dependencies';

/** The logged-in account, as shown on every page (`me`); an account gone since the token was issued is logged out. */
export async function getCurrentAccount(repositories: { users: Pick<IamRepositories['users'], 'findForDisplay'> }, userId: number): Promise<UserEntity> {
  const user = await repositories.users.findForDisplay(userId);
  if (!user) throw new UnauthenticatedError();
  return user;
}
