import type { MockLink } from '@apollo/client/testing';
import { SessionContext } from '@pix-libre/ui-shared';
import { renderWithProviders, Session } from '@pix-libre/ui-shared/src/testing/render';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes, useParams } from 'react-router';
import type { CompleteGarSignInInput } from '../../__generated__/graphql';
import { learnerResources } from '../../i18n';
import { paths } from '../../urls';
import { GarSignInRoute } from './GarSignInRoute';
import { CompleteGarSignInMutation, GarSignOutUrlQuery } from './gar.graphql';
import { GarSignOutRoute } from './GarSignOutRoute';

function JoinStub() {
  const { code } = useParams();
  return <h1>Accès à {code}</h1>;
}

const user = { __typename: 'User', id: '7', firstName: 'Lina', lastName: 'Moreau', email: null, username: 'lina.moreau1204', locale: 'fr', platformRole: null, mustChangePassword: false };

function completeMock(sent: CompleteGarSignInInput[], response: Record<string, unknown>): MockLink.MockedResponse {
  return {
    request: { query: CompleteGarSignInMutation, variables: () => true },
    result: (variables: Record<string, unknown>) => {
      sent.push(variables.input as CompleteGarSignInInput);
      return response;
    },
  };
}

function renderPage(route: string, mocks: MockLink.MockedResponse[]) {
  const session = new Session();
  return renderWithProviders(
    <SessionContext.Provider value={session}>
      <Routes>
        <Route path={paths.garSignIn} element={<GarSignInRoute />} />
        <Route path={paths.campaignJoin} element={<JoinStub />} />
      </Routes>
    </SessionContext.Provider>,
    { route, resources: learnerResources, session, mocks },
  );
}

async function typeBirthdate(u: ReturnType<typeof userEvent.setup>, day: string, month: string, year: string) {
  const group = screen.getByRole('group', { name: 'Date de naissance' });
  await u.type(group.querySelectorAll('input')[0], day);
  await u.type(group.querySelectorAll('input')[1], month);
  await u.type(group.querySelectorAll('input')[2], year);
}

describe('GAR first sign-in page', () => {
  it('sends the GAR token, the campaign code of the link and the birth date, then goes on to the campaign', async () => {
    const sent: CompleteGarSignInInput[] = [];
    const u = userEvent.setup();
    const ok = { data: { completeGarSignIn: { __typename: 'GarSignInPayload', campaignCode: 'GARCDE234', session: { __typename: 'AuthPayload', accessToken: 'jeton', accessTokenExpiresAt: '2030-01-01T00:00:00.000Z', user } } } };
    renderPage('/connexion/gar?campagne=GARCDE234#jeton-du-gar', [completeMock(sent, ok)]);

    expect(await screen.findByRole('heading', { level: 1, name: "Première connexion avec l'ENT" })).toBeInTheDocument();
    expect(screen.getByLabelText(/Code de campagne/)).toHaveValue('GARCDE234');
    await typeBirthdate(u, '12', '04', '2010');
    await u.click(screen.getByRole('button', { name: 'Continuer' }));

    expect(await screen.findByRole('heading', { name: 'Accès à GARCDE234' })).toBeInTheDocument();
    expect(sent).toEqual([{ garToken: 'jeton-du-gar', campaignCode: 'GARCDE234', birthdate: '2010-04-12' }]);
  });

  it('checks the code and the date before sending, and shows the refusal of the API', async () => {
    const sent: CompleteGarSignInInput[] = [];
    const u = userEvent.setup();
    const refused = { errors: [{ message: 'Vérifiez votre date de naissance.', extensions: { code: 'RECONCILIATION_NO_MATCH' } }] };
    renderPage('/connexion/gar#jeton-du-gar', [completeMock(sent, refused)]);

    await u.click(await screen.findByRole('button', { name: 'Continuer' }));
    expect(screen.getByText(/Le code de campagne compte 6 lettres/)).toBeInTheDocument();
    expect(sent).toEqual([]);

    await u.type(screen.getByLabelText(/Code de campagne/), 'garcde234');
    await typeBirthdate(u, '31', '02', '2010');
    await u.click(screen.getByRole('button', { name: 'Continuer' }));
    expect(screen.getByText(/Cette date n'existe pas/)).toBeInTheDocument();
    expect(sent).toEqual([]);

    const group = screen.getByRole('group', { name: 'Date de naissance' });
    await u.clear(group.querySelectorAll('input')[0]);
    await u.type(group.querySelectorAll('input')[0], '28');
    await u.click(screen.getByRole('button', { name: 'Continuer' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Vérifiez votre date de naissance.');
    expect(sent).toHaveLength(1);
  });

  it('says where to come from when opened without the GAR token', async () => {
    renderPage('/connexion/gar', []);
    expect(await screen.findByText(/Cette page s'ouvre depuis l'ENT/)).toBeInTheDocument();
  });
});

describe('GAR sign-out page', () => {
  it("ends the platform's session and offers the ENT's own log-out", async () => {
    const { auth } = renderWithProviders(<GarSignOutRoute />, {
      route: '/deconnexion/gar',
      resources: learnerResources,
      mocks: [{ request: { query: GarSignOutUrlQuery }, result: { data: { garSignOutUrl: '/saml/logout' } } }],
    });
    expect(await screen.findByRole('link', { name: "Me déconnecter aussi de l'ENT" })).toHaveAttribute('href', '/saml/logout');
    expect(auth?.logOut).toHaveBeenCalled();
  });
});
