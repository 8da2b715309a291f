import type { EntityManager } from '@mikro-orm/postgresql';
import { UserEntity } from './user.entity';

export class UserRepository {
  constructor(private readonly em: EntityManager) {}

  findById(id: number): Promise<UserEntity | null> {
    return this.em.findOne(UserEntity, { id });
  }

  /** By e-mail when the login contains an @, else by username; with the password hash. */
  findByLogin(login: string): Promise<UserEntity | null> {
    const value = login.trim().toLowerCase();
    const where = value.includes('@') ? { email: value } : { username: value };
    return this.em.findOne(UserEntity, where, { populate: ['passwordHash'] });
  }

  async emailExists(email: string): Promise<boolean> {
    return (await this.em.count(UserEntity, { email })) > 0;
  }
}
