/** The public surface of identity-access-management: what other contexts may use of it. */
export { PlatformRole, type Viewer } from './domain/platform-role';
export type { IamDependencies } from './application/dependencies';
export { issueSession, type Session } from './application/issue-session';
export { EmailAlreadyUsedError } from './application/sign-up.usecase';
export { accountForSession, accountOfGarIdentity, addGarIdentity, createAccount, findAccountIdByEmail, isEmailTaken, viewerOfAccount } from './application/accounts';
export type { UserEntity } from './infrastructure/user.entity';
export { createIamLoaders } from './infrastructure/iam.loaders';
export type { PasswordHasher } from './infrastructure/password-hasher';
export { authenticate } from './application/authenticate';
export type { SessionVersions } from './infrastructure/session-versions';
export { searchUsers } from './application/search-users.usecase';
export { sendPasswordResetLink } from './application/request-password-reset.usecase';
export { anonymizeAccount, findAdministeredAccount, removeAccountLoginMethod, type AdministeredAccount } from './application/account-administration';
export { ANONYMIZED_NAME, LOGIN_METHODS, loginMethodRemovalRefusal, loginMethodsOf, type LoginMethod } from './domain/login-methods';
export { loginMethodsOfAccounts } from './application/login-methods-of-accounts';
