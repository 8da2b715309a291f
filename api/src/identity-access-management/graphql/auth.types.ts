import { Field, InputType, ObjectType } from 'type-graphql';
import { UserType } from './user.type';

@ObjectType('AuthPayload')
export class AuthPayload {
  @Field(() => String, { description: 'Short-lived token for `Authorization: Bearer`.' })
  accessToken!: string;

  @Field(() => String, { description: 'Single-use token to get a new access token (also set as an httpOnly cookie).' })
  refreshToken!: string;

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
