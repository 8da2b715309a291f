/**
 * Pix Admin's users (issue 16): what the platform team reads of an account and the named, audited
 * actions of the support team on it (unblock, remove a login method, send a reset link, anonymise).
 * Nobody imports it but the schema assembly.
 */
export { anonymizeUser, removeLoginMethod, sendPasswordResetEmail, unblockUser, userOverview, type UserOverview } from './application/user-administration.usecases';
