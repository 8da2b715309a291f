import { RequireAuth, SessionContext } from '@pix-libre/ui-shared';
import { LogInMutation } from '@pix-libre/ui-shared/src/auth/auth.graphql';
import { type RenderOptions, renderWithProviders, Session } from '@pix-libre/ui-shared/src/testing/render';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Navigate, Outlet, Route, Routes, useLocation } from 'react-router';
import { FlashNotice } from '../../layout/FlashNotice';
import { learnerResources } from '../../i18n';
import { LearnerRoutes } from '../../LearnerRoutes';
import { paths } from '../../urls';
import { LogInRoute } from '../log-in/LogInRoute';
import { ChangeExpiredPasswordMutation } from './temporary-password.graphql';
import { TemporaryPasswordRoute } from './TemporaryPasswordRoute';

const TOKEN = 'jeton-provisoire';

const passwordChangeRequired = {
  request: { query: LogInMutation, variables: { input: { login: 'eloise.darcy0503', password: 'Provisoire1' } } },
  result: {
    errors: [
      {
        message: 'Vous devez choisir un nouveau mot de passe avant de continuer.',
        extensions: { code: 'PASSWORD_CHANGE_REQUIRED', passwordChangeToken: TOKEN },
      },
    ],
  },
};

function changeExpiredPassword(newPassword: string, result: object) {
  return { request: { query: ChangeExpiredPasswordMutation, variables: { input: { passwordChangeToken: TOKEN, newPassword } } }, result };
}

const changed = (newPassword = 'MonMotDePasse1') =>
  changeExpiredPassword(newPassword, {
    data: {
      changeExpiredPassword: {
        __typename: 'AuthPayload',
        accessToken: 'jeton-d-acces',
        accessTokenExpiresAt: '2030-01-01T00:00:00.000Z',
        user: {
          __typename: 'User',
          id: 'u1',
          firstName: 'Éloïse',
          lastName: 'Darcy',
          email: null,
          username: 'eloise.darcy0503',
          locale: 'fr',
          platformRole: null,
          mustChangePassword: false,
        },
      },
    },
  });

/** Shows where the router is, to check that the token never shows in the URL. */
function CurrentUrl() {
  const location = useLocation();
  return <output data-testid="url">{`${location.pathname}${location.search}${location.hash}`}</output>;
}

/**
 * The log-in page, the new page and two protected pages on a real AuthProvider. `/depart` opens
 * the new page the way the log-in page does (token in the router state).
 */
function renderPages(mocks: RenderOptions['mocks'] = [], route = paths.logIn as string) {
  const session = new Session();
  const result = renderWithProviders(
    <SessionContext.Provider value={session}>
      <Routes>
        <Route
          element={
            <>
              <FlashNotice />
              <Outlet />
            </>
          }
        >
        <Route path={paths.logIn} element={<LogInRoute />} />
        <Route path={paths.temporaryPassword} element={<TemporaryPasswordRoute />} />
        <Route path="/depart" element={<Navigate to={paths.temporaryPassword} state={{ passwordChangeToken: TOKEN }} />} />
        <Route element={<RequireAuth loginPath={paths.logIn} />}>
          <Route index element={<p>Tableau de bord</p>} />
          <Route path={paths.savedTutorials} element={<p>Mes tutos</p>} />
        </Route>
        </Route>
      </Routes>
      <CurrentUrl />
    </SessionContext.Provider>,
    { route, resources: learnerResources, session, mocks },
  );
  return { ...result, session };
}

type User = ReturnType<typeof userEvent.setup>;

async function logInWithTemporaryPassword(user: User) {
  await user.type(await screen.findByLabelText(/Adresse e-mail ou identifiant/), 'eloise.darcy0503');
  await user.type(screen.getByLabelText(/^Mot de passe/), 'Provisoire1');
  await user.click(screen.getByRole('button', { name: 'Je me connecte' }));
}

async function choose(user: User, password: string, confirmation = password) {
  await user.type(await screen.findByLabelText(/^Nouveau mot de passe/), password);
  await user.type(screen.getByLabelText(/^Confirmez le mot de passe/), confirmation);
  await user.click(screen.getByRole('button', { name: "J'enregistre mon mot de passe" }));
}

describe('Choosing a password after a temporary one', () => {
  it('goes from the log-in to "Choisissez votre mot de passe", the token kept out of the URL', async () => {
    const user = userEvent.setup();
    renderPages([passwordChangeRequired]);
    await logInWithTemporaryPassword(user);

    const heading = await screen.findByRole('heading', { level: 1, name: 'Choisissez votre mot de passe' });
    expect(heading).toHaveFocus();
    expect(screen.getByText(/Le mot de passe donné par votre enseignant est provisoire/)).toBeInTheDocument();
    expect(screen.getByTestId('url')).toHaveTextContent(/^\/mot-de-passe-provisoire$/);
    expect(document.body).not.toHaveTextContent(TOKEN);
    expect(document.title).toBe('Choisissez votre mot de passe - Pix libre');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('states the password rule and shows or hides each password', async () => {
    const user = userEvent.setup();
    renderPages([], '/depart');
    const password = await screen.findByLabelText(/^Nouveau mot de passe/);
    const confirmation = screen.getByLabelText(/^Confirmez le mot de passe/);
    expect(password).toHaveAccessibleDescription('8 caractères minimum, dont une majuscule, une minuscule et un chiffre.');
    expect(password).toBeRequired();
    expect(confirmation).toBeRequired();
    expect(password).toHaveAttribute('autocomplete', 'new-password');

    const [showPassword, showConfirmation] = screen.getAllByRole('button', { name: 'Afficher le mot de passe' });
    await user.click(showPassword);
    expect(password).toHaveAttribute('type', 'text');
    expect(confirmation).toHaveAttribute('type', 'password');
    await user.click(showConfirmation);
    expect(confirmation).toHaveAttribute('type', 'text');
  });

  it('sends back to the log-in page when opened without a token', async () => {
    renderWithProviders(<LearnerRoutes />, { route: paths.temporaryPassword, resources: learnerResources, auth: { user: null } });
    expect(await screen.findByRole('heading', { level: 1, name: 'Connexion' })).toBeInTheDocument();
    expect(screen.queryByLabelText(/^Nouveau mot de passe/)).not.toBeInTheDocument();
  });

  it('asks for a password that follows the rule, before calling the server', async () => {
    const user = userEvent.setup();
    renderPages([], '/depart');
    await choose(user, 'motdepasse');

    const password = screen.getByLabelText(/^Nouveau mot de passe/);
    expect(password).toHaveAccessibleDescription(
      'Votre mot de passe doit contenir 8 caractères minimum, dont une majuscule, une minuscule et un chiffre.',
    );
    expect(password).toBeInvalid();
    expect(password).toHaveFocus();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('asks for the same password twice', async () => {
    const user = userEvent.setup();
    renderPages([], '/depart');
    await choose(user, 'MonMotDePasse1', 'MonMotDePasse2');

    const confirmation = screen.getByLabelText(/^Confirmez le mot de passe/);
    expect(confirmation).toHaveAccessibleDescription('Les deux mots de passe ne sont pas identiques.');
    expect(confirmation).toBeInvalid();
    expect(confirmation).toHaveFocus();
    expect(screen.getByLabelText(/^Nouveau mot de passe/)).toBeValid();
  });

  it('shows under the field a password the server refuses (the temporary one again)', async () => {
    const user = userEvent.setup();
    renderPages(
      [
        changeExpiredPassword('Provisoire1', {
          errors: [
            {
              message: 'Le nouveau mot de passe doit être différent du mot de passe provisoire.',
              extensions: { code: 'BAD_USER_INPUT', field: 'newPassword' },
            },
          ],
        }),
      ],
      '/depart',
    );
    await choose(user, 'Provisoire1');

    const password = screen.getByLabelText(/^Nouveau mot de passe/);
    await waitFor(() =>
      expect(password).toHaveAccessibleDescription('Le nouveau mot de passe doit être différent du mot de passe provisoire.'),
    );
    expect(password).toHaveFocus();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('keeps the session as the log-in does and opens the dashboard', async () => {
    const user = userEvent.setup();
    const { session } = renderPages([passwordChangeRequired, changed()]);
    await logInWithTemporaryPassword(user);
    await screen.findByRole('heading', { level: 1, name: 'Choisissez votre mot de passe' });
    await choose(user, 'MonMotDePasse1');

    expect(await screen.findByText('Tableau de bord')).toBeInTheDocument();
    // A word of confirmation, in a status region that screen readers announce.
    const notice = await screen.findByText('Votre mot de passe a été modifié.');
    expect(notice.closest('[role="status"]')).not.toBeNull();
    expect(session.getAccessToken()).toBe('jeton-d-acces');
    expect(session.getSnapshot()).toMatchObject({ status: 'authenticated', user: { username: 'eloise.darcy0503', mustChangePassword: false } });
    expect(screen.getByTestId('url')).toHaveTextContent(/^\/$/);
  });

  it('goes to the page first asked for, keyboard only', async () => {
    const user = userEvent.setup();
    renderPages([passwordChangeRequired, changed()], paths.savedTutorials);
    await logInWithTemporaryPassword(user);
    expect(await screen.findByRole('heading', { level: 1, name: 'Choisissez votre mot de passe' })).toHaveFocus();

    await user.tab();
    expect(screen.getByLabelText(/^Nouveau mot de passe/)).toHaveFocus();
    await user.keyboard('MonMotDePasse1');
    await user.tab();
    expect(screen.getAllByRole('button', { name: 'Afficher le mot de passe' })[0]).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByLabelText(/^Nouveau mot de passe/)).toHaveAttribute('type', 'text');
    await user.tab();
    expect(screen.getByLabelText(/^Confirmez le mot de passe/)).toHaveFocus();
    await user.keyboard('MonMotDePasse1{Enter}');

    expect(await screen.findByText('Mes tutos')).toBeInTheDocument();
    expect(screen.getByTestId('url')).toHaveTextContent(/^\/mes-tutos$/);
  });

  it('explains an expired form and links back to the log-in page', async () => {
    const user = userEvent.setup();
    renderPages(
      [
        changeExpiredPassword('MonMotDePasse1', {
          errors: [
            {
              message: 'Ce formulaire a expiré. Reconnectez-vous avec votre identifiant et votre mot de passe provisoire.',
              extensions: { code: 'INVALID_TOKEN' },
            },
          ],
        }),
      ],
      '/depart',
    );
    await choose(user, 'MonMotDePasse1');

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Ce formulaire a expiré. Reconnectez-vous avec votre identifiant et votre mot de passe provisoire.',
    );
    const logIn = screen.getByRole('link', { name: 'Retour à la connexion' });
    expect(logIn).toHaveAttribute('href', '/connexion');
    expect(screen.queryByLabelText(/^Nouveau mot de passe/)).not.toBeInTheDocument();
    expect(screen.getByRole('alert').parentElement).toHaveFocus();

    await user.click(logIn);
    expect(await screen.findByRole('heading', { level: 1, name: 'Connexion' })).toBeInTheDocument();
  });

  it('is in English too', async () => {
    renderWithProviders(
      <Routes>
        <Route path="/depart" element={<Navigate to={paths.temporaryPassword} state={{ passwordChangeToken: TOKEN }} />} />
        <Route path={paths.temporaryPassword} element={<TemporaryPasswordRoute />} />
      </Routes>,
      { route: '/depart', resources: learnerResources, auth: { user: null }, language: 'en' },
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Choose your password' })).toBeInTheDocument();
    expect(screen.getByText(/The password your teacher gave you is temporary/)).toBeInTheDocument();
    expect(screen.getByLabelText(/^New password/)).toBeInTheDocument();
    expect(screen.getByLabelText(/^Confirm the password/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save my password' })).toBeInTheDocument();
  });
});
