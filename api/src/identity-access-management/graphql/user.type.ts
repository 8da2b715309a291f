import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { PlatformRole } from '../domain/platform-role';
import type { UserEntity } from '../infrastructure/user.entity';

registerEnumType(PlatformRole, { name: 'PlatformRole', description: 'Roles of the platform team.' });

/** What the API shows of an account: never its password hash. */
@ObjectType('User', { simpleResolvers: true })
export class UserType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  firstName!: string;

  @Field(() => String)
  lastName!: string;

  @Field(() => String, { nullable: true })
  email!: string | null;

  @Field(() => String, { nullable: true })
  username!: string | null;

  @Field(() => String)
  locale!: string;

  @Field(() => PlatformRole, { nullable: true })
  platformRole!: PlatformRole | null;

  @Field(() => Boolean, { description: 'True for a temporary password that must be changed at log-in.' })
  mustChangePassword!: boolean;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'Last log-in (read by the support team; null elsewhere).' })
  lastLoggedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'Set when the account was anonymised (GDPR).' })
  anonymizedAt!: Date | null;

  /** Internal: the numeric id, for field resolvers. */
  userId!: number;

  static from(entity: UserEntity): UserType {
    return Object.assign(new UserType(), {
      id: String(entity.id),
      userId: entity.id,
      firstName: entity.firstName,
      lastName: entity.lastName,
      email: entity.email ?? null,
      username: entity.username ?? null,
      locale: entity.locale,
      platformRole: (entity.platformRole as PlatformRole | null) ?? null,
      mustChangePassword: entity.mustChangePassword,
      createdAt: entity.createdAt,
      lastLoggedAt: entity.lastLoggedAt ?? null,
      anonymizedAt: entity.anonymizedAt ?? null,
    });
  }
}
