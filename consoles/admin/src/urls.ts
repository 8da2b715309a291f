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
} as const;

export const urls = {
  home: () => paths.home,
  logIn: () => paths.logIn,
  apiClients: () => paths.apiClients,
  sessionsToProcess: () => paths.sessionsToProcess,
  jurySession: (sessionId: string) => `/sessions/${encodeURIComponent(sessionId)}`,
  juryCertification: (certificationId: string) => `/certifications/${encodeURIComponent(certificationId)}`,
  /** The learner app's page (outside this console's base path): a plain link, not a route. */
  forgotPassword: () => '/mot-de-passe-oublie',
};
