/** Route patterns of the learner app (French paths) and typed URL builders. */
export const paths = {
  home: '/',
  logIn: '/connexion',
  signUp: '/inscription',
  forgotPassword: '/mot-de-passe-oublie',
  resetPassword: '/changer-mot-de-passe',
  termsOfUse: '/conditions-generales-d-utilisation',
  competence: '/competences/:id',
} as const;

export const urls = {
  home: () => paths.home,
  logIn: () => paths.logIn,
  signUp: () => paths.signUp,
  forgotPassword: () => paths.forgotPassword,
  resetPassword: (token: string) => `${paths.resetPassword}?${new URLSearchParams({ token }).toString()}`,
  termsOfUse: () => paths.termsOfUse,
  competence: (id: string) => `/competences/${encodeURIComponent(id)}`,
  /** The positioning test of a competence (built by the evaluation feature). */
  competenceEvaluation: (id: string) => `/competences/${encodeURIComponent(id)}/evaluation`,
};
