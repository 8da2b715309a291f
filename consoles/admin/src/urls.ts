/** Route patterns of Pix Admin (inside its base path /admin/) and typed URL builders. */
export const paths = {
  home: '/',
  logIn: '/connexion',
  /** The API clients of partners (staff SUPER_ADMIN). */
  apiClients: '/applications-partenaires',
  /** The certification jury (CERTIF, SUPER_ADMIN; SUPPORT reads). */
  sessionsToProcess: '/sessions-a-traiter',
  jurySession: '/sessions/:sessionId',
  juryCertification: '/certifications/:certificationId',
  /** Organisations (the platform team reads; SUPER_ADMIN and SUPPORT act). */
  organizations: '/organisations',
  newOrganization: '/organisations/nouvelle',
  organization: '/organisations/:organizationId',
  /** Certification centres (SUPER_ADMIN, SUPPORT and CERTIF). */
  certificationCenters: '/centres-de-certification',
  newCertificationCenter: '/centres-de-certification/nouveau',
  certificationCenter: '/centres-de-certification/:centerId',
  /** Accounts (staff SUPER_ADMIN, SUPPORT). */
  users: '/utilisateurs',
  user: '/utilisateurs/:userId',
  /** Every staff action (SUPER_ADMIN, SUPPORT). */
  auditLog: '/journal-d-audit',
  /** Each challenge's measured difficulty (METIER, SUPER_ADMIN). */
  challengeStatistics: '/contenu/difficulte-mesuree',
} as const;

export const urls = {
  home: () => paths.home,
  logIn: () => paths.logIn,
  apiClients: () => paths.apiClients,
  sessionsToProcess: () => paths.sessionsToProcess,
  jurySession: (sessionId: string) => `/sessions/${encodeURIComponent(sessionId)}`,
  juryCertification: (certificationId: string) => `/certifications/${encodeURIComponent(certificationId)}`,
  organizations: () => paths.organizations,
  newOrganization: () => paths.newOrganization,
  organization: (organizationId: string) => `/organisations/${encodeURIComponent(organizationId)}`,
  certificationCenters: () => paths.certificationCenters,
  newCertificationCenter: () => paths.newCertificationCenter,
  certificationCenter: (centerId: string) => `/centres-de-certification/${encodeURIComponent(centerId)}`,
  users: () => paths.users,
  user: (userId: string) => `/utilisateurs/${encodeURIComponent(userId)}`,
  auditLog: () => paths.auditLog,
  /** A target's history in the audit log. */
  auditLogOf: (targetType: string, targetId: string) => `/journal-d-audit?targetType=${encodeURIComponent(targetType)}&targetId=${encodeURIComponent(targetId)}`,
  challengeStatistics: () => paths.challengeStatistics,
  /** A challenge's content page (METIER, SUPER_ADMIN), by its opaque id. */
  contentChallenge: (challengeId: string) => `/contenu/epreuves/${encodeURIComponent(challengeId)}`,
  /** The learner app's page (outside this console's base path): a plain link, not a route. */
  forgotPassword: () => '/mot-de-passe-oublie',
};
