import { renderWithProviders } from '@pix-libre/ui-shared/src/testing/render';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { learnerResources } from '../../i18n';
import { MyCertificationsQuery } from './certificates.graphql';
import { certificationFixture } from './certificate-fixtures';
import { CertificatePage } from './components/CertificatePage';
import { MyCertificateView, MyCertificationsView } from './MyCertificationsView';

function myCertifications(certifications: ReturnType<typeof certificationFixture>[]) {
  return { request: { query: MyCertificationsQuery }, result: { data: { me: { __typename: 'User', id: 'user-1', certifications } } } };
}

const pending = certificationFixture({ id: '13', status: 'PENDING', date: '2026-12-05', deliveredAt: null, pixScore: null, verificationCode: null, attestationUrl: null, credentialUrl: null, areas: [] });

describe('"Mes certifications"', () => {
  it('lists each certification with its state in words', async () => {
    renderWithProviders(<MyCertificationsView />, { resources: learnerResources, mocks: [myCertifications([pending, certificationFixture(), certificationFixture({ id: '9', status: 'REJECTED', pixScore: 0, verificationCode: null, date: '2025-06-02' })])] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Mes certifications' })).toBeInTheDocument();
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(3);
    expect(within(items[0]).getByRole('link', { name: 'Certification du 05/12/2026' })).toHaveAttribute('href', '/mes-certifications/13');
    expect(items[0]).toHaveTextContent('État : En attente de résultats');
    expect(items[1]).toHaveTextContent('État : Obtenue – 40 pix sur 768');
    expect(items[2]).toHaveTextContent('État : Rejetée');
  });

  it('says when there is none yet', async () => {
    renderWithProviders(<MyCertificationsView />, { resources: learnerResources, mocks: [myCertifications([])] });
    expect(await screen.findByText(/pas encore passé de certification/)).toBeInTheDocument();
  });
});

describe('a certificate', () => {
  it('shows the score out of the maximum, the levels in words by area, the code to copy and the documents', async () => {
    const user = userEvent.setup();
    const download = jest.fn().mockResolvedValue(undefined);
    renderWithProviders(<CertificatePage certification={certificationFixture({ commentForCandidate: 'Bravo.' })} download={download} />, { resources: learnerResources });
    expect(screen.getByRole('heading', { level: 1, name: 'Certification du 20/11/2026' })).toBeInTheDocument();
    expect(screen.getByText('État : Obtenue')).toBeInTheDocument();
    expect(screen.getByText('40 pix sur 768')).toBeInTheDocument();
    expect(screen.getByText('Centre Pix de Lyon')).toBeInTheDocument();
    expect(screen.getByText('P-C3YFQ8GC')).toBeInTheDocument();
    expect(screen.getByText(/Bravo\./)).toBeInTheDocument();
    const area = screen.getByRole('table', { name: '1. Informations et données' });
    expect(within(area).getByRole('row', { name: /1\.1 Mener une recherche.* Niveau 3/ })).toBeInTheDocument();
    expect(within(area).getByRole('row', { name: /1\.2 Gérer des données Non certifiée/ })).toBeInTheDocument();
    expect(screen.getByRole('table', { name: '2. Communication et collaboration' })).toBeInTheDocument();

    const writeText = jest.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await user.click(screen.getByRole('button', { name: 'Copier le code de vérification P-C3YFQ8GC' }));
    expect(writeText).toHaveBeenCalledWith('P-C3YFQ8GC');
    expect(await screen.findByText('Code copié.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Télécharger mon attestation' }));
    expect(download).toHaveBeenCalledWith('/certificats/12/attestation.pdf', 'attestation-certification-12.pdf');
    await user.click(screen.getByRole('button', { name: 'Télécharger le certificat numérique (Open Badge)' }));
    expect(download).toHaveBeenCalledWith('/certificats/12/credential.json', 'certificat-numerique-12.json');
  });

  it('says a pending certification waits for its results, without score nor documents, and tells a failed download', async () => {
    renderWithProviders(<CertificatePage certification={pending} download={jest.fn()} />, { resources: learnerResources });
    expect(screen.getByText('État : En attente de résultats')).toBeInTheDocument();
    expect(screen.getByText(/seront visibles ici/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Télécharger/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('opens a certificate of the list by its address, and tells when the attestation cannot be fetched', async () => {
    const user = userEvent.setup();
    const fetchMock = jest.fn().mockResolvedValue({ ok: false, status: 404 });
    const original = global.fetch;
    global.fetch = fetchMock as unknown as typeof fetch;
    try {
      renderWithProviders(
        <Routes>
          <Route path="/mes-certifications/:id" element={<MyCertificateView />} />
        </Routes>,
        { resources: learnerResources, mocks: [myCertifications([pending, certificationFixture()])], route: '/mes-certifications/12' },
      );
      await user.click(await screen.findByRole('button', { name: 'Télécharger mon attestation' }));
      expect(await screen.findByRole('alert')).toHaveTextContent('Le téléchargement a échoué');
      await waitFor(() => expect(fetchMock).toHaveBeenCalledWith('/certificats/12/attestation.pdf', expect.anything()));
    } finally {
      global.fetch = original;
    }
  });
});
