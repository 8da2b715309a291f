import { renderWithProviders } from '@pix-libre/ui-shared/src/testing/render';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { orgaResources } from '../../i18n';
import { CertificationResultsLinksQuery, CertificationResultsQuery } from './certification-results.graphql';
import { CertificationResultsView } from './CertificationResultsView';

const competences = (levels: number[]) => levels.map((level, i) => ({ __typename: 'CertifiedCompetence', id: `c${i}`, code: `1.${i + 1}`, level }));
const result = (id: string, lastName: string, firstName: string, division: string, status: string, pixScore: number | null, levels: number[]) => ({
  __typename: 'SchoolCertificationResult',
  id,
  status,
  firstName,
  lastName,
  birthdate: '2008-05-12',
  division,
  pixScore,
  date: '2026-11-18',
  verificationCode: status === 'VALIDATED' ? `P-C3YFQ8G${id}` : null,
  competences: status === 'VALIDATED' ? competences(levels) : [],
});

const organization = (extra: Record<string, unknown> = {}) => ({ __typename: 'Organization', id: 'org-1', name: 'Lycée Marie Curie', type: 'SCO', certificationResultDivisions: ['1G1', 'TG2'], ...extra });
const divisionsMock = (extra: Record<string, unknown> = {}) => ({
  request: { query: CertificationResultsQuery, variables: { organizationId: 'org-1', withResults: false } },
  result: { data: { organization: organization(extra) } },
});
const resultsMock = (division: string, results: unknown[]) => ({
  request: { query: CertificationResultsQuery, variables: { organizationId: 'org-1', division, withResults: true } },
  result: { data: { organization: { ...organization(), certificationResults: results } } },
});

describe('"Certifications" (Pix Orga)', () => {
  it('shows the first class, then the class chosen, and downloads its results file and attestations', async () => {
    const user = userEvent.setup();
    const opened = jest.fn();
    renderWithProviders(<CertificationResultsView organizationId="org-1" openDownload={opened} />, {
      title: 'Pix Orga',
      resources: orgaResources,
      mocks: [
        divisionsMock(),
        resultsMock('1G1', [result('1', 'ZOLA', 'Jules', '1G1', 'VALIDATED', 16, [2, 0, 0])]),
        resultsMock('TG2', [result('2', 'EMERY', 'Emma', 'TG2', 'VALIDATED', 72, [3, 2, 4]), result('3', 'ÉTIENNE', 'Étienne', 'TG2', 'REJECTED', 0, [])]),
        {
          request: { query: CertificationResultsLinksQuery, variables: { organizationId: 'org-1', division: 'TG2' } },
          result: { data: { organization: { __typename: 'Organization', id: 'org-1', certificationResultsCsvUrl: 'https://pix.test/csv?token=a', certificationAttestationsUrl: 'https://pix.test/pdf?token=b' } } },
          maxUsageCount: 2,
        },
      ],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Résultats de certification' })).toBeInTheDocument();
    expect(document.title).toBe('Certifications - Pix Orga');
    expect(await screen.findByRole('table', { name: 'Résultats de la classe 1G1 (1 élève(s))' })).toBeInTheDocument();

    await user.click(screen.getByRole('combobox', { name: 'Classe' }));
    await user.click(screen.getByRole('option', { name: 'TG2' }));
    const table = await screen.findByRole('table', { name: 'Résultats de la classe TG2 (2 élève(s))' });
    const headers = within(table).getAllByRole('columnheader').map((header) => header.textContent);
    expect(headers).toEqual(['Nom', 'Prénom', 'Date de naissance', 'Statut', 'Pix', 'Date de passage', 'Code de vérification', '1.1', '1.2', '1.3']);
    const emma = within(table).getByRole('row', { name: /EMERY/ });
    expect(within(emma).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['Emma', '12/05/2008', 'Validée', '72', '18/11/2026', 'P-C3YFQ8G2', '3', '2', '4']);
    expect(within(table).getByRole('row', { name: /ÉTIENNE/ })).toHaveTextContent('Rejetée');

    await user.click(screen.getByRole('button', { name: 'Télécharger les résultats (.csv)' }));
    await waitFor(() => expect(opened).toHaveBeenCalledWith('https://pix.test/csv?token=a'));
    await user.click(screen.getByRole('button', { name: 'Télécharger les attestations de la classe (.pdf)' }));
    await waitFor(() => expect(opened).toHaveBeenCalledWith('https://pix.test/pdf?token=b'));
  });

  it('says when nothing is published yet', async () => {
    renderWithProviders(<CertificationResultsView organizationId="org-1" openDownload={jest.fn()} />, { resources: orgaResources, mocks: [divisionsMock({ certificationResultDivisions: [] })] });
    expect(await screen.findByText("Aucun résultat de certification n'est encore publié pour vos élèves.")).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Télécharger/ })).not.toBeInTheDocument();
  });
});
