/** Route patterns of Pix Certif (inside its base path /certif/) and typed URL builders. */
export const paths = {
  home: '/',
  logIn: '/connexion',
  /** "Espace surveillant" (no account): the session number and the invigilator password. */
  invigilation: '/surveillance',
  /** The invigilator's live list of a session (their token for that session only). */
  invigilatorSession: '/surveillance/sessions/:sessionId',
  /** Finalising a session (a member of its centre). */
  sessionFinalization: '/sessions/:sessionId/finalisation',
} as const;

export const urls = {
  home: () => paths.home,
  logIn: () => paths.logIn,
  invigilation: () => paths.invigilation,
  invigilatorSession: (sessionId: string) => `/surveillance/sessions/${encodeURIComponent(sessionId)}`,
  sessionFinalization: (sessionId: string) => `/sessions/${encodeURIComponent(sessionId)}/finalisation`,
  /** The learner app's page (outside this console's base path): a plain link, not a route. */
  forgotPassword: () => '/mot-de-passe-oublie',
};
