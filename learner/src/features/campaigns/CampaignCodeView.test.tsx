import { renderWithProviders } from '@pix-libre/ui-shared/src/testing/render';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes, useParams, useSearchParams } from 'react-router';
import { learnerResources } from '../../i18n';
import { CODE, landingMock, unknownCodeMock } from '../../testing/campaign-fixtures';
import { paths } from '../../urls';
import { CampaignCodeRoute } from './CampaignCodeRoute';
import type { MockLink } from '@apollo/client/testing';

function CertificationJoin() {
  const [params] = useSearchParams();
  return <h1>Rejoindre avec {params.get('code')}</h1>;
}

function Landing() {
  const { code } = useParams();
  return <h1>Présentation de {code}</h1>;
}

function renderCodePage(mocks: MockLink.MockedResponse[]) {
  return renderWithProviders(
    <Routes>
      <Route path={paths.campaigns} element={<CampaignCodeRoute />} />
      <Route path={paths.campaignLanding} element={<Landing />} />
      <Route path={paths.certificationJoin} element={<CertificationJoin />} />
    </Routes>,
    { route: '/campagnes', resources: learnerResources, mocks },
  );
}

describe('"J\'ai un code"', () => {
  it('upper-cases and trims the code as it is typed, then opens the landing page', async () => {
    const user = userEvent.setup();
    renderCodePage([landingMock()]);

    expect(await screen.findByRole('heading', { level: 1, name: "J'ai un code" })).toHaveFocus();
    expect(document.title).toBe("J'ai un code - Pix libre");
    const field = screen.getByRole('textbox', { name: 'Code du parcours' });
    expect(field).toHaveAccessibleDescription("9 caractères, lettres et chiffres (exemple : YRBVDF759) ; pour une certification, le code d'accès de 6 caractères (exemple : BCDF23).");
    await user.type(field, ' yrbvdf 759 ');
    expect(field).toHaveValue(CODE);
    await user.click(screen.getByRole('button', { name: 'Accéder au parcours' }));

    expect(await screen.findByRole('heading', { level: 1, name: `Présentation de ${CODE}` })).toBeInTheDocument();
  });

  it('checks the length before asking the API', async () => {
    const user = userEvent.setup();
    renderCodePage([]);

    const field = await screen.findByRole('textbox', { name: 'Code du parcours' });
    await user.click(screen.getByRole('button', { name: 'Accéder au parcours' }));
    expect(field).toHaveAccessibleDescription('Veuillez saisir le code du parcours.');
    expect(field).toHaveFocus();

    await user.type(field, 'yrbvdf75');
    await user.keyboard('{Enter}');
    expect(field).toBeInvalid();
    expect(field).toHaveAccessibleDescription("Le code doit compter 9 caractères, lettres et chiffres (exemple : YRBVDF759), ou 4 lettres et 2 chiffres pour un code d'accès de certification (exemple : BCDF23). Vérifiez-le.");
  });

  it('says so under the field when the code is unknown or archived', async () => {
    const user = userEvent.setup();
    renderCodePage([unknownCodeMock('AAAAAA222')]);

    const field = await screen.findByRole('textbox', { name: 'Code du parcours' });
    await user.type(field, 'aaaaaa222{Enter}');

    await screen.findByText("Ce code de parcours n'existe pas ou n'est plus actif. Vérifiez-le auprès de votre enseignant.");
    expect(field).toBeInvalid();
    expect(field).toHaveAccessibleDescription("Ce code de parcours n'existe pas ou n'est plus actif. Vérifiez-le auprès de votre enseignant.");
    expect(field).toHaveFocus();
    expect(screen.queryByRole('heading', { name: /Présentation/ })).not.toBeInTheDocument();

    await user.type(field, 'X');
    expect(field).toHaveAccessibleDescription("9 caractères, lettres et chiffres (exemple : YRBVDF759) ; pour une certification, le code d'accès de 6 caractères (exemple : BCDF23).");
  });

  it("recognises a certification session's access code, typed in any case and with spaces, and opens the join form with it (no campaign looked up)", async () => {
    const user = userEvent.setup();
    renderCodePage([]);

    const field = await screen.findByRole('textbox', { name: 'Code du parcours' });
    await user.type(field, ' bcdf 23 {Enter}');

    expect(await screen.findByRole('heading', { level: 1, name: 'Rejoindre avec BCDF23' })).toBeInTheDocument();
  });
});
