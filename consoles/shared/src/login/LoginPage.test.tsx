import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { LogInMutation } from '../auth/auth.graphql';
import { type RenderOptions, renderWithProviders, Session } from '../testing/render';
import { LoginPage } from './LoginPage';

function renderLoginPage(mocks: RenderOptions['mocks'] = [], element = <LoginPage />, language: RenderOptions['language'] = 'fr') {
  return renderWithProviders(
    <Routes>
      <Route path="/connexion" element={element} />
      <Route path="/" element={<p>Accueil connecté</p>} />
    </Routes>,
    { route: '/connexion', session: new Session(), mocks, language },
  );
}

const passwordChangeRequired = (password = 'Provisoire1') => ({
  request: { query: LogInMutation, variables: { input: { login: 'eloise.darcy0503', password } } },
  result: {
    errors: [
      {
        message: 'Vous devez choisir un nouveau mot de passe avant de continuer.',
        extensions: { code: 'PASSWORD_CHANGE_REQUIRED', passwordChangeToken: 'jeton-provisoire' },
      },
    ],
  },
});

describe('LoginPage', () => {
  it('shows the message of the server when the password is wrong', async () => {
    const user = userEvent.setup();
    renderLoginPage([
      {
        request: { query: LogInMutation, variables: { input: { login: 'camille@example.net', password: 'Mauvais1' } } },
        result: {
          errors: [
            {
              message: "L'adresse e-mail ou l'identifiant et/ou le mot de passe saisis sont incorrects.",
              extensions: { code: 'INVALID_CREDENTIALS' },
            },
          ],
        },
      },
    ]);

    await user.type(await screen.findByLabelText(/Adresse e-mail ou identifiant/), 'camille@example.net');
    await user.type(screen.getByLabelText(/^Mot de passe/), 'Mauvais1');
    await user.click(screen.getByRole('button', { name: 'Je me connecte' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      "L'adresse e-mail ou l'identifiant et/ou le mot de passe saisis sont incorrects.",
    );
    expect(screen.queryByText('Accueil connecté')).not.toBeInTheDocument();
  });

  it('asks for both fields before calling the server', async () => {
    const user = userEvent.setup();
    renderLoginPage();

    await user.click(await screen.findByRole('button', { name: 'Je me connecte' }));

    expect(screen.getByText('Veuillez saisir votre adresse e-mail ou votre identifiant.')).toBeInTheDocument();
    expect(screen.getByText('Veuillez saisir votre mot de passe.')).toBeInTheDocument();
    expect(screen.getByLabelText(/Adresse e-mail ou identifiant/)).toHaveFocus();
  });

  it('shows and hides the password', async () => {
    const user = userEvent.setup();
    renderLoginPage();
    const password = await screen.findByLabelText(/^Mot de passe/);
    expect(password).toHaveAttribute('type', 'password');

    await user.click(screen.getByRole('button', { name: 'Afficher le mot de passe' }));
    expect(password).toHaveAttribute('type', 'text');
    await user.click(screen.getByRole('button', { name: 'Masquer le mot de passe' }));
    expect(password).toHaveAttribute('type', 'password');
  });

  it('logs in and goes to the home page', async () => {
    const user = userEvent.setup();
    renderLoginPage([
      {
        request: { query: LogInMutation, variables: { input: { login: 'camille', password: 'Correct1' } } },
        result: {
          data: {
            logIn: {
              __typename: 'AuthPayload',
              accessToken: 'token',
              accessTokenExpiresAt: '2030-01-01T00:00:00.000Z',
              user: {
                __typename: 'User',
                id: 'u1',
                firstName: 'Camille',
                lastName: 'Martin',
                email: null,
                username: 'camille',
                locale: 'fr',
                platformRole: null,
                mustChangePassword: false,
              },
            },
          },
        },
      },
    ]);

    await user.type(await screen.findByLabelText(/Adresse e-mail ou identifiant/), 'camille');
    await user.type(screen.getByLabelText(/^Mot de passe/), 'Correct1');
    await user.click(screen.getByRole('button', { name: 'Je me connecte' }));

    expect(await screen.findByText('Accueil connecté')).toBeInTheDocument();
  });

  describe('an account with a temporary password (PASSWORD_CHANGE_REQUIRED)', () => {
    it('tells a console user to choose a password in the learner app first', async () => {
      const user = userEvent.setup();
      renderLoginPage([passwordChangeRequired()]);

      await user.type(await screen.findByLabelText(/Adresse e-mail ou identifiant/), 'eloise.darcy0503');
      await user.type(screen.getByLabelText(/^Mot de passe/), 'Provisoire1');
      await user.click(screen.getByRole('button', { name: 'Je me connecte' }));

      const alert = await screen.findByRole('alert');
      expect(alert).toHaveTextContent(
        "Votre mot de passe est provisoire. Connectez-vous d'abord à Pix libre, l'espace des apprenants, pour choisir votre propre mot de passe",
      );
      expect(alert).not.toHaveTextContent('Vous devez choisir un nouveau mot de passe avant de continuer.');
      expect(screen.getByRole('button', { name: 'Je me connecte' })).toBeEnabled();
      expect(screen.queryByText('Accueil connecté')).not.toBeInTheDocument();
    });

    it('says it in English too', async () => {
      const user = userEvent.setup();
      renderLoginPage([passwordChangeRequired()], <LoginPage />, 'en');

      await user.type(await screen.findByLabelText(/E-mail address or username/), 'eloise.darcy0503');
      await user.type(screen.getByLabelText(/^Password/), 'Provisoire1');
      await user.click(screen.getByRole('button', { name: 'Log in' }));

      expect(await screen.findByRole('alert')).toHaveTextContent(
        "Your password is temporary. First log in to Pix libre, the learners' app, to choose your own password",
      );
    });

    it('hands the token over when the app can change the password', async () => {
      const user = userEvent.setup();
      const onPasswordChangeRequired = jest.fn();
      renderLoginPage([passwordChangeRequired()], <LoginPage onPasswordChangeRequired={onPasswordChangeRequired} />);

      await user.type(await screen.findByLabelText(/Adresse e-mail ou identifiant/), 'eloise.darcy0503');
      await user.type(screen.getByLabelText(/^Mot de passe/), 'Provisoire1');
      await user.click(screen.getByRole('button', { name: 'Je me connecte' }));

      await waitFor(() => expect(onPasswordChangeRequired).toHaveBeenCalledWith('jeton-provisoire'));
      expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    });
  });
});
