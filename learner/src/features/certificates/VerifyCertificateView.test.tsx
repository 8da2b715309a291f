import { renderWithProviders } from '@pix-libre/ui-shared/src/testing/render';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { learnerResources } from '../../i18n';
import { VerifyCertificateQuery } from './certificates.graphql';
import { areasFixture } from './certificate-fixtures';
import { VerifyCertificateView } from './VerifyCertificateView';

const verified = {
  __typename: 'VerifiedCertificate',
  firstName: 'Inès',
  lastName: 'Moreau',
  birthdate: '2007-01-31',
  date: '2026-10-02',
  deliveredAt: '2026-10-20T08:00:00.000Z',
  certificationCenter: 'Centre Pix de Lyon',
  pixScore: 128,
  maxPixScore: 768,
  verificationCode: 'P-C3YFQ8GC',
  areas: areasFixture([5, 4, 1]),
};

const answer = (code: string, verifyCertificate: unknown) => ({ request: { query: VerifyCertificateQuery, variables: { code } }, result: { data: { verifyCertificate } } });

describe('"Vérifier un certificat" (public)', () => {
  it('shows the holder and the results of a valid code', async () => {
    const user = userEvent.setup();
    renderWithProviders(<VerifyCertificateView />, { resources: learnerResources, mocks: [answer('p c3yfq8gc', verified)], auth: { user: null } });
    expect(screen.getByRole('heading', { level: 1, name: 'Vérifier un certificat' })).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: /Code de vérification/ }), 'p c3yfq8gc');
    await user.click(screen.getByRole('button', { name: 'Vérifier' }));
    const card = await screen.findByRole('region', { name: 'Certificat valide de Inès Moreau' });
    expect(card).toHaveTextContent('31/01/2007');
    expect(card).toHaveTextContent('02/10/2026');
    expect(card).toHaveTextContent('Centre Pix de Lyon');
    expect(card).toHaveTextContent('128 pix sur 768');
    expect(within(card).getByRole('row', { name: /1\.1 .* Niveau 5/ })).toBeInTheDocument();
  });

  it('verifies the code of the address at once (the QR code), and says the same sentence for any other code', async () => {
    const user = userEvent.setup();
    renderWithProviders(<VerifyCertificateView />, {
      resources: learnerResources,
      mocks: [answer('P-BBBBBBBB', null), answer('P-C3YFQ8GC', null)],
      route: '/verifier-un-certificat?code=P-BBBBBBBB',
      auth: { user: null },
    });
    expect(screen.getByRole('textbox', { name: /Code de vérification/ })).toHaveValue('P-BBBBBBBB');
    expect(await screen.findByRole('alert')).toHaveTextContent('Aucun certificat ne correspond à ce code.');
    const field = screen.getByRole('textbox', { name: /Code de vérification/ });
    await user.clear(field);
    await user.click(screen.getByRole('button', { name: 'Vérifier' }));
    expect(screen.getByText('Saisissez le code de vérification.')).toBeInTheDocument();
    await user.type(field, 'P-C3YFQ8GC');
    await user.click(screen.getByRole('button', { name: 'Vérifier' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Aucun certificat ne correspond à ce code.');
  });
});
