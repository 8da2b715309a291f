/** Route patterns of Pix Admin (inside its base path /admin/) and typed URL builders. */
export const paths = {
  home: '/',
  logIn: '/connexion',
  /** The API clients of partners (staff SUPER_ADMIN). */
  apiClients: '/applications-partenaires',
  /** Accounts (staff SUPER_ADMIN, SUPPORT). */
  users: '/utilisateurs',
  user: '/utilisateurs/:userId',
  /** Every staff action (SUPER_ADMIN, SUPPORT). */
  auditLog: '/journal-d-audit',
} as const;

export const urls = {
  home: () => paths.home,
  logIn: () => paths.logIn,
  apiClients: () => paths.apiClients,
  users: () => paths.users,
  user: (userId: string) => `/utilisateurs/${encodeURIComponent(userId)}`,
  auditLog: () => paths.auditLog,
  /** A target's history in the audit log. */
  auditLogOf: (targetType: string, targetId: string) => `/journal-d-audit?targetType=${encodeURIComponent(targetType)}&targetId=${encodeURIComponent(targetId)}`,
  /** The learner app's page (outside this console's base path): a plain link, not a route. */
  forgotPassword: () => '/mot-de-passe-oublie',
};
