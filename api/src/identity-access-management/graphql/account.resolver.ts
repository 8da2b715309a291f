import { Arg, Ctx, Info, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { selectsField } from '../../shared/graphql/selection';
import type { CookieOptions } from 'express';
import type { GraphQLContext } from '../../graphql/context';
import { LoggedIn, Public } from '../../graphql/access';
import { displayedAccounts, iamRepositories } from '../application/iam-repositories';
import { signUp } from '../application/sign-up.usecase';
import { logIn } from '../application/log-in.usecase';
import { refreshSession } from '../application/refresh-session.usecase';
import { logOut } from '../application/log-out.usecase';
import { requestPasswordReset } from '../application/request-password-reset.usecase';
import { resetPassword } from '../application/reset-password.usecase';
import { changeExpiredPassword } from '../application/change-expired-password.usecase';
import type { Session } from '../application/issue-session';
import { getCurrentAccount } from '../application/get-current-account.usecase';
import { AuthPayload, ChangeExpiredPasswordInput, LogInInput, ResetPasswordInput, SignUpInput } from './auth.types';
import { UserType } from './user.type';

export const REFRESH_COOKIE = 'refresh_token';

function cookieOptions(ctx: GraphQLContext): CookieOptions {
  return {
    httpOnly: true,
    sameSite: 'strict',
    secure: ctx.services.config.publicUrl.startsWith('https://'),
    path: '/graphql',
  };
}

/** The AuthPayload of a new session, its refresh token set as the httpOnly cookie only (every operation that logs in). */
export function toPayload(ctx: GraphQLContext, session: Session): AuthPayload {
  ctx.res.cookie(REFRESH_COOKIE, session.refreshToken, {
    ...cookieOptions(ctx),
    maxAge: ctx.services.config.refreshTokenTtlSeconds * 1000,
  });
  return Object.assign(new AuthPayload(), {
    accessToken: session.accessToken,
    accessTokenExpiresAt: session.accessTokenExpiresAt,
    user: UserType.from(session.user),
  });
}

@Resolver()
export class AccountResolver {
  @LoggedIn()
  @Query(() => UserType, { description: 'The logged-in user.' })
  async me(@Ctx() ctx: GraphQLContext, @Info() info: GraphQLResolveInfo): Promise<UserType> {
    const userId = ctx.viewer!.userId;
    // The dashboard asks for the profile too: start reading it now, beside the account, not after.
    if (selectsField(info, 'profile')) {
      void ctx.loaders.evaluation.knowledgeElementsByUser.load(userId).catch(() => undefined);
      void ctx.loaders.evaluation.latestAssessmentsByUser.load(userId).catch(() => undefined);
    }
    return UserType.from(await getCurrentAccount(displayedAccounts(ctx.statements), userId));
  }

  @Public()
  @Mutation(() => AuthPayload, { description: 'Creates an account (terms of use accepted) and logs it in.' })
  async signUp(@Arg('input', () => SignUpInput) input: SignUpInput, @Ctx() ctx: GraphQLContext): Promise<AuthPayload> {
    return toPayload(ctx, await signUp(iamRepositories(ctx.em, ctx.services.iam), ctx.services.iam, input, ctx.address));
  }

  @Public()
  @Mutation(() => AuthPayload, { description: 'Logs in with an e-mail address or a username.' })
  async logIn(@Arg('input', () => LogInInput) input: LogInInput, @Ctx() ctx: GraphQLContext): Promise<AuthPayload> {
    return toPayload(ctx, await logIn(iamRepositories(ctx.em, ctx.services.iam), ctx.services.iam, input, ctx.address));
  }

  @Public()
  @Mutation(() => AuthPayload, {
    description: 'Exchanges the refresh token (the httpOnly cookie; or this argument, for a client that keeps cookies itself) for a new access token and a new cookie.',
  })
  async refreshSession(
    @Arg('refreshToken', () => String, { nullable: true }) refreshToken: string | undefined,
    @Ctx() ctx: GraphQLContext,
  ): Promise<AuthPayload> {
    const token = refreshToken ?? ctx.req.cookies?.[REFRESH_COOKIE];
    try {
      return toPayload(ctx, await refreshSession(iamRepositories(ctx.em, ctx.services.iam), ctx.services.iam, token));
    } catch (error) {
      if (!refreshToken) ctx.res.clearCookie(REFRESH_COOKIE, cookieOptions(ctx));
      throw error;
    }
  }

  @Public()
  @Mutation(() => Boolean, {
    description: "Ends this device's session (revokes its refresh tokens, clears the cookie) and every access token of the account at once (other devices renew theirs).",
  })
  async logOut(
    @Arg('refreshToken', () => String, { nullable: true }) refreshToken: string | undefined,
    @Ctx() ctx: GraphQLContext,
  ): Promise<boolean> {
    ctx.res.clearCookie(REFRESH_COOKIE, cookieOptions(ctx));
    return logOut(iamRepositories(ctx.em, ctx.services.iam), ctx.services.iam, refreshToken ?? ctx.req.cookies?.[REFRESH_COOKIE]);
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Sends a reset link when an account has this address. Always true.' })
  async requestPasswordReset(@Arg('email', () => String) email: string, @Ctx() ctx: GraphQLContext): Promise<boolean> {
    return requestPasswordReset(iamRepositories(ctx.em, ctx.services.iam), ctx.services.iam, email, ctx.address);
  }

  @Public()
  @Mutation(() => AuthPayload, {
    description: 'Replaces a temporary password (logIn failed with PASSWORD_CHANGE_REQUIRED and a passwordChangeToken) and logs in.',
  })
  async changeExpiredPassword(
    @Arg('input', () => ChangeExpiredPasswordInput) input: ChangeExpiredPasswordInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<AuthPayload> {
    return toPayload(ctx, await changeExpiredPassword(iamRepositories(ctx.em, ctx.services.iam), ctx.services.iam, input));
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Sets a new password with the token of a reset link.' })
  async resetPassword(
    @Arg('input', () => ResetPasswordInput) input: ResetPasswordInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<boolean> {
    return resetPassword(iamRepositories(ctx.em, ctx.services.iam), ctx.services.iam, input);
  }
}
