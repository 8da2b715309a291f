/** Route patterns of the learner app (French paths) and typed URL builders. */
export const paths = {
  home: '/',
  logIn: '/connexion',
  signUp: '/inscription',
  forgotPassword: '/mot-de-passe-oublie',
  resetPassword: '/changer-mot-de-passe',
  /** After a log-in with a temporary password: the pupil chooses their own (token in the router state, never in the URL). */
  temporaryPassword: '/mot-de-passe-provisoire',
  termsOfUse: '/conditions-generales-d-utilisation',
  competence: '/competences/:id',
  /** Starts (or resumes) the positioning test of a competence, then redirects to `assessment`. */
  competenceEvaluation: '/competences/:id/evaluation',
  /** One positioning test: the current challenge, the checkpoints. */
  assessment: '/evaluations/:assessmentId',
  savedTutorials: '/mes-tutos',
  certification: '/certification',
} as const;

export const urls = {
  home: () => paths.home,
  logIn: () => paths.logIn,
  signUp: () => paths.signUp,
  forgotPassword: () => paths.forgotPassword,
  resetPassword: (token: string) => `${paths.resetPassword}?${new URLSearchParams({ token }).toString()}`,
  temporaryPassword: () => paths.temporaryPassword,
  termsOfUse: () => paths.termsOfUse,
  competence: (id: string) => `/competences/${encodeURIComponent(id)}`,
  /** The positioning test of a competence ("Commencer"): starts it or resumes the one in progress. */
  competenceEvaluation: (id: string) => `/competences/${encodeURIComponent(id)}/evaluation`,
  assessment: (assessmentId: string) => `/evaluations/${encodeURIComponent(assessmentId)}`,
  savedTutorials: () => paths.savedTutorials,
  certification: () => paths.certification,
};
