import { Field, InputType, ObjectType } from 'type-graphql';
import { UserType } from './user.type';

/** A new session. Its refresh token is set as an httpOnly cookie only: scripts in the page never see it. */
@ObjectType('AuthPayload', { description: 'A new session; its refresh token is set as the httpOnly cookie `refresh_token`, never in the body.' })
export class AuthPayload {
  @Field(() => String, { description: 'Short-lived token for `Authorization: Bearer`.' })
  accessToken!: string;

  @Field(() => Date)
  accessTokenExpiresAt!: Date;

  @Field(() => UserType)
  user!: UserType;
}

@InputType()
export class SignUpInput {
  @Field(() => String)
  firstName!: string;

  @Field(() => String)
  lastName!: string;

  @Field(() => String)
  email!: string;

  @Field(() => String)
  password!: string;

  @Field(() => Boolean, { description: 'Acceptance of the terms of use (must be true).' })
  cgu!: boolean;

  @Field(() => String, { nullable: true, description: 'fr (default) or en.' })
  locale?: string;
}

@InputType()
export class LogInInput {
  @Field(() => String, { description: 'E-mail address or username.' })
  login!: string;

  @Field(() => String)
  password!: string;
}

@InputType()
export class ResetPasswordInput {
  @Field(() => String)
  token!: string;

  @Field(() => String)
  password!: string;
}

@InputType()
export class ChangeExpiredPasswordInput {
  @Field(() => String, { description: 'The passwordChangeToken of the PASSWORD_CHANGE_REQUIRED error of logIn.' })
  passwordChangeToken!: string;

  @Field(() => String)
  newPassword!: string;
}
