import { renderWithProviders } from '@pix-libre/ui-shared/src/testing/render';
import { screen } from '@testing-library/react';
import { learnerResources } from '../../i18n';
import { CertificationProfileQuery } from './certification.graphql';
import { CurrentCertificationCourseQuery } from './certification-test.graphql';
import { CertificationView } from './CertificationView';

function renderCertification(
  profile: { isCertifiable: boolean; certifiableCompetencesCount: number; requiredCertifiableCompetencesCount: number },
  language: 'fr' | 'en' = 'fr',
  current: { id: string; status: 'IN_PROGRESS' } | null = null,
) {
  return renderWithProviders(<CertificationView />, {
    resources: learnerResources,
    language,
    mocks: [
      {
        request: { query: CertificationProfileQuery },
        result: { data: { me: { __typename: 'User', id: 'user-1', profile: { __typename: 'Profile', ...profile } } } },
      },
      {
        request: { query: CurrentCertificationCourseQuery },
        result: { data: { currentCertificationCourse: current ? { __typename: 'CertificationCourse', ...current } : null } },
      },
    ],
  });
}

describe('Certification page', () => {
  it('congratulates a learner whose profile is certifiable', async () => {
    renderCertification({ isCertifiable: true, certifiableCompetencesCount: 7, requiredCertifiableCompetencesCount: 5 });
    expect(await screen.findByText('Bravo, votre profil est certifiable')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Certification' })).toBeInTheDocument();
    expect(screen.queryByText(/pas encore certifiable/)).not.toBeInTheDocument();
    expect(document.title).toBe('Certification - Pix libre');
    expect(screen.getByRole('link', { name: 'Mes certifications et mes résultats' })).toHaveAttribute('href', '/mes-certifications');
  });

  it('says how many competences of level 1 are still missing', async () => {
    renderCertification({ isCertifiable: false, certifiableCompetencesCount: 2, requiredCertifiableCompetencesCount: 5 });
    expect(await screen.findByText("Votre profil n'est pas encore certifiable")).toBeInTheDocument();
    expect(screen.getByText('Il vous manque 3 compétences de niveau 1 minimum.')).toBeInTheDocument();
    expect(screen.queryByText(/Bravo/)).not.toBeInTheDocument();
  });

  it('uses the singular for one competence, and English', async () => {
    renderCertification({ isCertifiable: false, certifiableCompetencesCount: 4, requiredCertifiableCompetencesCount: 5 }, 'en');
    expect(await screen.findByText('Your profile is not certifiable yet')).toBeInTheDocument();
    expect(screen.getByText('You still need 1 competence at level 1 or more.')).toBeInTheDocument();
  });

  it('says "1 compétence" in French', async () => {
    renderCertification({ isCertifiable: false, certifiableCompetencesCount: 4, requiredCertifiableCompetencesCount: 5 });
    expect(await screen.findByText('Il vous manque 1 compétence de niveau 1 minimum.')).toBeInTheDocument();
  });

  it('leads to the join form, and to "Reprendre" a test in progress', async () => {
    renderCertification({ isCertifiable: true, certifiableCompetencesCount: 7, requiredCertifiableCompetencesCount: 5 }, 'fr', { id: '41', status: 'IN_PROGRESS' });
    expect(await screen.findByRole('link', { name: 'Reprendre mon test de certification' })).toHaveAttribute('href', '/certification/tests/41');
    expect(screen.getByRole('link', { name: 'Rejoindre une session de certification' })).toHaveAttribute('href', '/certification/rejoindre');
  });
});
