import type { CertifiedAreasFieldsFragment } from '../../__generated__/graphql';

/** Two areas of the framework with levels, as the API sends them (tests only). */
export function areasFixture(levels: number[] = [3, 0, 2]): (CertifiedAreasFieldsFragment & { __typename: 'CertifiedArea' })[] {
  const competence = (id: string, name: string, level: number) => ({ __typename: 'CertifiedCompetence' as const, id, code: id, name, level });
  return [
    { __typename: 'CertifiedArea', code: '1', name: 'Informations et données', competences: [competence('1.1', 'Mener une recherche et une veille d’information', levels[0]), competence('1.2', 'Gérer des données', levels[1])] },
    { __typename: 'CertifiedArea', code: '2', name: 'Communication et collaboration', competences: [competence('2.1', 'Interagir', levels[2])] },
  ];
}

export function certificationFixture(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Certificate' as const,
    id: '12',
    status: 'VALIDATED' as const,
    date: '2026-11-20',
    deliveredAt: '2026-12-01T10:00:00.000Z',
    certificationCenter: 'Centre Pix de Lyon',
    pixScore: 40,
    maxPixScore: 768,
    verificationCode: 'P-C3YFQ8GC',
    commentForCandidate: null,
    attestationUrl: '/certificats/12/attestation.pdf',
    credentialUrl: '/certificats/12/credential.json',
    areas: areasFixture(),
    ...overrides,
  };
}
