/**
 * Pix Admin's content pages (issue 16) in the authorization matrix of authorization.test.ts: the
 * content is the content team's (METIER) and the super administrators'; the support and
 * certification teams, members of organisations or centres and learners are refused (the
 * operations themselves are tested in challenge-statistics.test.ts).
 */
const CONTENT_TEAM = { anonymous: 'UNAUTHENTICATED', SUPER_ADMIN: 'ok', METIER: 'ok', default: 'FORBIDDEN' } as const;

export const ADMIN_CONTENT_MATRIX = {
  challengeStatistics: {
    query: '{ challengeStatistics(first: 5, filter: { flaggedOnly: true, competenceId: "1.1" }) { totalCount refreshedAt edges { node { id flags { code reason } } } } }',
    expected: CONTENT_TEAM,
  },
  refreshChallengeStatistics: { query: 'mutation { refreshChallengeStatistics }', expected: CONTENT_TEAM },
};
