import { LogInMutation, SignUpMutation } from '@pix-libre/ui-shared/src/auth/auth.graphql';
import { renderWithProviders, Session } from '@pix-libre/ui-shared/src/testing/render';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { learnerResources } from '../../i18n';
import { LearnerRoutes } from '../../LearnerRoutes';
import { CODE, landing, landingMock, myParticipationsMock, participationSummary, unknownCodeMock } from '../../testing/campaign-fixtures';

const sessionUser = {
  __typename: 'User',
  id: 'user-1',
  firstName: 'Camille',
  lastName: 'Martin',
  email: 'camille@example.net',
  username: null,
  locale: 'fr',
  platformRole: null,
  mustChangePassword: false,
};
const authPayload = { __typename: 'AuthPayload', accessToken: 'token', accessTokenExpiresAt: '2030-01-01T00:00:00.000Z', user: sessionUser };
const withExternalId = landing({ idPixLabel: "Numéro d'élève", idPixType: 'TEXT' });

describe('A campaign\'s landing page', () => {
  it('shows the organisation, the campaign and its text to anyone; "Je commence" asks to log in, then comes back', async () => {
    const user = userEvent.setup();
    renderWithProviders(<LearnerRoutes />, {
      route: `/campagnes/${CODE.toLowerCase()}`,
      resources: learnerResources,
      session: new Session(),
      mocks: [
        landingMock(withExternalId),
        myParticipationsMock([]),
        { request: { query: LogInMutation, variables: { input: { login: 'camille', password: 'Correct1' } } }, result: { data: { logIn: authPayload } } },
      ],
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Parcours de rentrée 2nde' })).toHaveFocus();
    expect(screen.getByText('Lycée Marie Curie')).toBeInTheDocument();
    expect(screen.getByText('de rentrée', { selector: 'strong' })).toBeInTheDocument();
    expect(screen.getByText('Pour commencer, connectez-vous à votre compte Pix libre ou créez-en un.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Inscrivez-vous' })).toHaveAttribute('href', '/inscription');
    expect(document.title).toBe('Parcours de rentrée 2nde - Pix libre');

    await user.click(screen.getByRole('link', { name: 'Je commence' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Connexion' })).toBeInTheDocument();
    expect(screen.getByText(/Pour commencer ce parcours, connectez-vous à votre compte Pix libre ou créez-en un/)).toBeInTheDocument();
    await user.type(screen.getByLabelText(/Adresse e-mail ou identifiant/), 'camille');
    await user.type(screen.getByLabelText(/^Mot de passe/), 'Correct1');
    await user.click(screen.getByRole('button', { name: 'Je me connecte' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Avant de commencer' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: "Numéro d'élève" })).toBeInTheDocument();
  });

  it('lets a visitor sign up from the log-in page and come back too', async () => {
    const user = userEvent.setup();
    renderWithProviders(<LearnerRoutes />, {
      route: `/campagnes/${CODE}`,
      resources: learnerResources,
      session: new Session(),
      mocks: [
        landingMock(withExternalId),
        myParticipationsMock([]),
        {
          request: { query: SignUpMutation, variables: { input: { firstName: 'Camille', lastName: 'Martin', email: 'camille@example.net', password: 'Motdepasse1', cgu: true, locale: 'fr' } } },
          result: { data: { signUp: authPayload } },
        },
      ],
    });

    await user.click(await screen.findByRole('link', { name: 'Je commence' }));
    await user.click(await screen.findByRole('link', { name: 'Inscrivez-vous' }));
    await user.type(await screen.findByLabelText(/^Prénom/), 'Camille');
    await user.type(screen.getByLabelText(/^Nom/), 'Martin');
    await user.type(screen.getByLabelText(/^Adresse e-mail/), 'camille@example.net');
    await user.type(screen.getByLabelText(/^Mot de passe/), 'Motdepasse1');
    await user.click(screen.getByRole('checkbox', { name: /J'accepte les conditions d'utilisation/ }));
    await user.click(screen.getByRole('button', { name: "Je m'inscris" }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Avant de commencer' })).toBeInTheDocument();
  });

  it('offers a learner in the middle of the test to resume it', async () => {
    renderWithProviders(<LearnerRoutes />, {
      route: `/campagnes/${CODE}`,
      resources: learnerResources,
      mocks: [landingMock(), myParticipationsMock([participationSummary('STARTED', { assessmentId: 'assessment-7' })])],
    });

    const resume = await screen.findByRole('link', { name: 'Reprendre mon parcours' });
    expect(resume).toHaveAttribute('href', `/campagnes/${CODE}/evaluation/assessment-7`);
    expect(screen.getByText("Vous avez commencé ce parcours : reprenez-le là où vous l'avez laissé.")).toBeInTheDocument();
    expect(within(screen.getByRole('navigation', { name: 'Menu principal' })).getByRole('link', { name: "J'ai un code" })).toHaveAttribute('aria-current', 'page');
  });

  it("does not load the images of the teacher's text from other sites: each one is a link named by its alt text", async () => {
    const text = 'Regardez ce plan : ![Plan du CDI](https://tracker.example.com/pixel.png?eleve=1) puis [![logo](https://cdn.example.com/logo.png)](https://example.com).';
    const { container } = renderWithProviders(<LearnerRoutes />, {
      route: `/campagnes/${CODE}`,
      resources: learnerResources,
      session: new Session(),
      mocks: [landingMock(landing({ customLandingPageText: text }))],
    });

    const plan = await screen.findByRole('link', { name: 'Plan du CDI' });
    expect(plan).toHaveAttribute('href', 'https://tracker.example.com/pixel.png?eleve=1');
    expect(plan).toHaveAttribute('rel', 'noopener noreferrer');
    // An image inside a link keeps only its alt text (a link cannot hold a link).
    expect(screen.getByRole('link', { name: 'logo' })).toHaveAttribute('href', 'https://example.com');
    expect(container.querySelector('img')).toBeNull();
  });

  it('speaks English too', async () => {
    renderWithProviders(<LearnerRoutes />, {
      route: `/campagnes/${CODE}`,
      resources: learnerResources,
      language: 'en',
      mocks: [landingMock(landing({ type: 'PROFILES_COLLECTION', isRestricted: true })), myParticipationsMock([])],
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Parcours de rentrée 2nde' })).toBeInTheDocument();
    expect(screen.getByText(/You will not be asked any question: with "Send my profile"/)).toBeInTheDocument();
    expect(screen.getByText(/This course is for the pupils of Lycée Marie Curie/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Start' })).toHaveAttribute('href', `/campagnes/${CODE}/acces`);
    expect(within(screen.getByRole('navigation', { name: 'Main menu' })).getByRole('link', { name: 'I have a code' })).toBeInTheDocument();
  });

  it('explains an unknown code and offers to type another one', async () => {
    renderWithProviders(<LearnerRoutes />, { route: '/campagnes/AAAAAA222', resources: learnerResources, auth: { user: null }, mocks: [unknownCodeMock('AAAAAA222')] });

    expect(await screen.findByRole('heading', { level: 1, name: 'Parcours introuvable' })).toBeInTheDocument();
    expect(screen.getByText("Ce code de parcours n'existe pas ou n'est plus actif. Vérifiez-le auprès de votre enseignant.")).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Saisir un autre code' })).toHaveAttribute('href', '/campagnes');
  });
});
