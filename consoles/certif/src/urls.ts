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
  center: '/centres/:centerId',
  sessions: '/centres/:centerId/sessions',
  /** "Créer une session" (a static segment: it wins over `:sessionId`). */
  sessionCreation: '/centres/:centerId/sessions/creation',
  session: '/centres/:centerId/sessions/:sessionId',
  team: '/centres/:centerId/equipe',
  /** The link of an invitation e-mail: `/rejoindre?code=…` (public). */
  join: '/rejoindre',
} as const;

const centerPath = (centerId: string) => `/centres/${encodeURIComponent(centerId)}`;

export const urls = {
  home: () => paths.home,
  logIn: () => paths.logIn,
  invigilation: () => paths.invigilation,
  invigilatorSession: (sessionId: string) => `/surveillance/sessions/${encodeURIComponent(sessionId)}`,
  sessionFinalization: (sessionId: string) => `/sessions/${encodeURIComponent(sessionId)}/finalisation`,
  sessions: (centerId: string) => `${centerPath(centerId)}/sessions`,
  sessionCreation: (centerId: string) => `${centerPath(centerId)}/sessions/creation`,
  team: (centerId: string) => `${centerPath(centerId)}/equipe`,
  session: (centerId: string, sessionId: string) => `${centerPath(centerId)}/sessions/${encodeURIComponent(sessionId)}`,
  /** The learner app's page (outside this console's base path): a plain link, not a route. */
  forgotPassword: () => '/mot-de-passe-oublie',
  /** Files served by the API (same origin). */
  sessionDocument: (sessionId: string, document: 'feuille-emargement' | 'pv-incident') => `/documents/sessions/${encodeURIComponent(sessionId)}/${document}.pdf`,
  candidatesTemplate: () => '/documents/modele-liste-candidats.csv',
};

/** The same section in another centre (the switcher keeps "Sessions"). */
export function switchCenterPath(centerId: string): string {
  return urls.sessions(centerId);
}
