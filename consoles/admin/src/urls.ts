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
  /** Target profiles (METIER, SUPER_ADMIN act; SUPPORT reads). */
  targetProfiles: '/profils-cibles',
  newTargetProfile: '/profils-cibles/nouveau',
  targetProfile: '/profils-cibles/:targetProfileId',
  editTargetProfile: '/profils-cibles/:targetProfileId/modifier',
  /** The content release and the answer sandbox (METIER, SUPER_ADMIN). */
  content: '/contenu',
  contentChallenge: '/contenu/epreuves/:challengeId',
  sandbox: '/bac-a-sable',
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
  targetProfiles: () => paths.targetProfiles,
  newTargetProfile: () => paths.newTargetProfile,
  targetProfile: (targetProfileId: string) => `/profils-cibles/${encodeURIComponent(targetProfileId)}`,
  editTargetProfile: (targetProfileId: string) => `/profils-cibles/${encodeURIComponent(targetProfileId)}/modifier`,
  /** A target's history in the audit log. */
  auditLogOf: (targetType: string, targetId: string) => `/journal-d-audit?targetType=${encodeURIComponent(targetType)}&targetId=${encodeURIComponent(targetId)}`,
  content: () => paths.content,
  contentChallenge: (challengeId: string) => `/contenu/epreuves/${encodeURIComponent(challengeId)}`,
  /** The sandbox, maybe filled with a challenge's type, solution, fields and tolerances turned off. */
  sandbox: (initial?: { type: string; solution: string; fields: string; tolerancesOff: readonly string[] }) => {
    if (!initial) return paths.sandbox;
    const query = new URLSearchParams({ type: initial.type, solution: initial.solution });
    if (initial.fields) query.set('fields', initial.fields);
    for (const off of initial.tolerancesOff) query.append('off', off);
    return `${paths.sandbox}?${query.toString()}`;
  },
  challengeStatistics: () => paths.challengeStatistics,
  /** The learner app's page (outside this console's base path): a plain link, not a route. */
  forgotPassword: () => '/mot-de-passe-oublie',
};
