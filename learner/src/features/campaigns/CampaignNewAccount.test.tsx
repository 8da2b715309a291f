import type { MockLink } from '@apollo/client/testing';
import { RequireAuth, SessionContext } from '@pix-libre/ui-shared';
import { type RenderOptions, renderWithProviders, Session } from '@pix-libre/ui-shared/src/testing/render';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes, useLocation, useParams } from 'react-router';
import type { CreateAccountAndReconcileInput, StartCampaignParticipationInput } from '../../__generated__/graphql';
import { learnerResources } from '../../i18n';
import { apiError, CODE, landing, landingMock, myParticipationsMock, participationSummary } from '../../testing/campaign-fixtures';
import { paths } from '../../urls';
import { CampaignJoinRoute } from './CampaignJoinRoute';
import { CampaignLandingRoute } from './CampaignLandingRoute';
import { CampaignNewAccountRoute } from './CampaignNewAccountRoute';
import { CampaignPupilChoiceRoute } from './CampaignPupilChoiceRoute';
import { CreateAccountAndReconcileMutation, StartCampaignParticipationMutation } from './campaigns.graphql';

type User = ReturnType<typeof userEvent.setup>;

const school = landing({ isRestricted: true });
const schoolWithExternalId = landing({ isRestricted: true, idPixLabel: "Numéro d'élève", idPixType: 'TEXT' });
const PASSWORD = 'MonSecret2026';

function TestStub() {
  const { code, assessmentId } = useParams();
  return <h1>Test {assessmentId} de {code}</h1>;
}

function LogInStub() {
  const location = useLocation();
  const from = (location.state as { from?: { pathname?: string } } | null)?.from?.pathname;
  return <h1>Connexion puis {from}</h1>;
}

/** The campaign pages on a real session (AuthProvider and useStartSession), anonymous at first. */
function renderPages(mocks: MockLink.MockedResponse[], route: string, options: Pick<RenderOptions, 'language'> = {}) {
  const session = new Session();
  const result = renderWithProviders(
    <SessionContext.Provider value={session}>
      <Routes>
        <Route path={paths.campaignLanding} element={<CampaignLandingRoute />} />
        <Route path={paths.campaignPupilChoice} element={<CampaignPupilChoiceRoute />} />
        <Route path={paths.campaignNewAccount} element={<CampaignNewAccountRoute />} />
        <Route path={paths.logIn} element={<LogInStub />} />
        <Route element={<RequireAuth loginPath={paths.logIn} />}>
          <Route path={paths.campaignJoin} element={<CampaignJoinRoute />} />
          <Route path={paths.campaignAssessment} element={<TestStub />} />
        </Route>
      </Routes>
    </SessionContext.Provider>,
    { route, resources: learnerResources, session, mocks, ...options },
  );
  return { ...result, session };
}

function createMock(sent: CreateAccountAndReconcileInput[], responses: Record<string, unknown>[]): MockLink.MockedResponse {
  return {
    request: { query: CreateAccountAndReconcileMutation, variables: () => true },
    result: (variables: Record<string, unknown>) => {
      sent.push(variables.input as CreateAccountAndReconcileInput);
      return responses[Math.min(sent.length, responses.length) - 1];
    },
    maxUsageCount: 5,
  } as MockLink.MockedResponse;
}

function startMock(sent: StartCampaignParticipationInput[], campaign = school): MockLink.MockedResponse {
  return {
    request: { query: StartCampaignParticipationMutation, variables: () => true },
    result: (variables: Record<string, unknown>) => {
      sent.push(variables.input as StartCampaignParticipationInput);
      return { data: { startCampaignParticipation: participationSummary('STARTED', { id: 'participation-3', campaign, assessmentId: 'assessment-7' }) } };
    },
    maxUsageCount: 5,
  } as MockLink.MockedResponse;
}

function created(user: { email: string | null; username: string | null }) {
  return {
    data: {
      createAccountAndReconcile: {
        __typename: 'AuthPayload',
        accessToken: 'jeton-du-nouveau-compte',
        accessTokenExpiresAt: '2030-01-01T00:00:00.000Z',
        user: { __typename: 'User', id: 'user-42', firstName: 'Léa', lastName: 'Dupont', locale: 'fr', platformRole: null, mustChangePassword: false, ...user },
      },
    },
  };
}

async function fillIdentity(user: User) {
  expect(await screen.findByRole('heading', { level: 1, name: "Vos informations d'élève" })).toHaveFocus();
  await user.type(screen.getByRole('textbox', { name: 'Prénom' }), 'Léa');
  await user.type(screen.getByRole('textbox', { name: 'Nom' }), 'Dupont');
  const birthdate = screen.getByRole('group', { name: 'Date de naissance' });
  await user.type(within(birthdate).getByRole('textbox', { name: 'Jour' }), '05');
  await user.type(within(birthdate).getByRole('textbox', { name: 'Mois' }), '03');
  await user.type(within(birthdate).getByRole('textbox', { name: 'Année' }), '2010');
  await user.click(screen.getByRole('button', { name: 'Je continue' }));
}

async function choosePasswordAndTerms(user: User) {
  await user.type(screen.getByLabelText(/^Mot de passe/), PASSWORD);
  await user.click(screen.getByRole('checkbox', { name: /J'accepte les conditions d'utilisation/ }));
}

const identity = { campaignCode: CODE, firstName: 'Léa', lastName: 'Dupont', birthdate: '2010-03-05' };

describe('"Je commence" on a campaign of a school, for a visitor', () => {
  it('offers "J\'ai déjà un compte Pix libre" or "Je n\'ai pas de compte"', async () => {
    const user = userEvent.setup();
    renderPages([landingMock(school, 10)], `/campagnes/${CODE}`);

    expect(await screen.findByRole('heading', { level: 1, name: 'Parcours de rentrée 2nde' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Inscrivez-vous' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Je commence' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Avez-vous déjà un compte Pix libre ?' })).toHaveFocus();
    expect(document.title).toBe('Avez-vous déjà un compte Pix libre ? - Parcours de rentrée 2nde - Pix libre');
    expect(screen.getByText(/L'établissement Lycée Marie Curie réserve ce parcours à ses élèves/)).toBeInTheDocument();
    const newAccount = screen.getByRole('link', { name: "Je n'ai pas de compte" });
    expect(newAccount).toHaveAttribute('href', `/campagnes/${CODE}/nouveau-compte`);
    expect(newAccount).toHaveAccessibleDescription(/Je crée mon compte en indiquant mon prénom, mon nom et ma date de naissance/);
    const logIn = screen.getByRole('link', { name: "J'ai déjà un compte Pix libre" });
    expect(logIn).toHaveAccessibleDescription(/puis j'indique mes informations d'élève/);

    await user.click(logIn);
    expect(await screen.findByRole('heading', { level: 1, name: `Connexion puis /campagnes/${CODE}/acces` })).toBeInTheDocument();
  });

  it('leaves a campaign open to anyone, and a logged-in learner, as they were', async () => {
    const open = renderPages([landingMock(landing(), 10)], `/campagnes/${CODE}`);
    expect(await screen.findByRole('link', { name: 'Je commence' })).toHaveAttribute('href', `/campagnes/${CODE}/acces`);
    expect(screen.getByRole('link', { name: 'Inscrivez-vous' })).toBeInTheDocument();
    open.unmount();

    const loggedIn = renderWithProviders(
      <Routes>
        <Route path={paths.campaignLanding} element={<CampaignLandingRoute />} />
        <Route path={paths.campaignPupilChoice} element={<CampaignPupilChoiceRoute />} />
        <Route path={paths.campaignJoin} element={<h1>Rejoindre</h1>} />
      </Routes>,
      { route: `/campagnes/${CODE}`, resources: learnerResources, mocks: [landingMock(school, 10), myParticipationsMock([])] },
    );
    expect(await screen.findByRole('link', { name: 'Je commence' })).toHaveAttribute('href', `/campagnes/${CODE}/acces`);
    loggedIn.unmount();

    // The choice page itself sends them on to joining.
    renderWithProviders(
      <Routes>
        <Route path={paths.campaignPupilChoice} element={<CampaignPupilChoiceRoute />} />
        <Route path={paths.campaignJoin} element={<h1>Rejoindre</h1>} />
      </Routes>,
      { route: `/campagnes/${CODE}/eleve`, resources: learnerResources, mocks: [landingMock(school, 10)] },
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Rejoindre' })).toBeInTheDocument();
  });

  it('speaks English too', async () => {
    renderPages([landingMock(school, 10)], `/campagnes/${CODE}/eleve`, { language: 'en' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Do you already have a Pix libre account?' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: "I don't have an account" })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'I already have a Pix libre account' })).toBeInTheDocument();
  });
});

describe('"Je n\'ai pas de compte": the pupil creates their account, linked to their pupil record', () => {
  it('creates an account with a username, shows it to write down, then goes on to the external identifier and the test', async () => {
    const user = userEvent.setup();
    const creations: CreateAccountAndReconcileInput[] = [];
    const starts: StartCampaignParticipationInput[] = [];
    const { session } = renderPages(
      [
        landingMock(schoolWithExternalId, 10),
        createMock(creations, [created({ email: null, username: 'lea.dupont0503' })]),
        myParticipationsMock([]),
        startMock(starts, schoolWithExternalId),
      ],
      `/campagnes/${CODE}/nouveau-compte`,
    );

    await fillIdentity(user);

    expect(await screen.findByRole('heading', { level: 1, name: 'Je crée mon compte' })).toHaveFocus();
    expect(screen.getByText('Élève : Léa Dupont, né(e) le 05/03/2010.')).toBeInTheDocument();
    const withUsername = screen.getByRole('radio', { name: 'Avec un identifiant (recommandé)' });
    expect(withUsername).toBeChecked();
    expect(withUsername).toHaveAccessibleDescription(/Pas besoin d'adresse e-mail/);
    expect(screen.getByRole('group', { name: 'Comment voulez-vous vous connecter ?' })).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: /Adresse e-mail/ })).not.toBeInTheDocument();
    expect(screen.getByLabelText(/^Mot de passe/)).toHaveAccessibleDescription('8 caractères minimum, dont une majuscule, une minuscule et un chiffre.');

    // Checked here before asking the API.
    await user.click(screen.getByRole('button', { name: 'Je crée mon compte' }));
    expect(screen.getByLabelText(/^Mot de passe/)).toHaveFocus();
    expect(screen.getByLabelText(/^Mot de passe/)).toBeInvalid();
    expect(screen.getByRole('checkbox', { name: /J'accepte les conditions d'utilisation/ })).toHaveAccessibleDescription(/Vous devez accepter les conditions d'utilisation/);
    expect(creations).toEqual([]);

    await choosePasswordAndTerms(user);
    await user.click(screen.getByRole('button', { name: 'Je crée mon compte' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Votre compte est créé' })).toHaveFocus();
    expect(creations).toEqual([{ ...identity, withUsername: true, password: PASSWORD, cgu: true }]);
    expect(session.getAccessToken()).toBe('jeton-du-nouveau-compte');
    expect(session.getSnapshot().user).toMatchObject({ username: 'lea.dupont0503' });
    const box = screen.getByRole('region', { name: 'Votre identifiant' });
    expect(within(box).getByText('lea.dupont0503')).toBeInTheDocument();
    expect(within(box).getByText('Notez-le : vous en aurez besoin pour vous reconnecter.')).toBeInTheDocument();
    expect(screen.getByText("Votre compte est rattaché à l'élève Léa Dupont (établissement : Lycée Marie Curie).")).toBeInTheDocument();
    expect(document.title).toBe('Votre compte est créé - Parcours de rentrée 2nde - Pix libre');

    await user.click(screen.getByRole('button', { name: 'Continuer' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Avant de commencer' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent("Votre compte est créé et rattaché à l'élève Léa Dupont (établissement : Lycée Marie Curie).");
    expect(screen.queryByRole('heading', { name: "Vos informations d'élève" })).not.toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: "Numéro d'élève" }), 'T1-07');
    await user.click(screen.getByRole('button', { name: 'Commencer mon parcours' }));

    expect(await screen.findByRole('heading', { level: 1, name: `Test assessment-7 de ${CODE}` })).toBeInTheDocument();
    expect(starts).toEqual([{ campaignCode: CODE, participantExternalId: 'T1-07' }]);
  });

  it('creates an account with an e-mail address instead, the address refused under its field when taken, then starts the test', async () => {
    const user = userEvent.setup();
    const creations: CreateAccountAndReconcileInput[] = [];
    const starts: StartCampaignParticipationInput[] = [];
    const taken = apiError('EMAIL_ALREADY_USED', 'Cette adresse e-mail est déjà utilisée. Connectez-vous ou utilisez « Mot de passe oublié ? ».', { field: 'email' });
    const { session } = renderPages(
      [landingMock(school, 10), createMock(creations, [taken, created({ email: 'lea@example.net', username: null })]), myParticipationsMock([]), startMock(starts)],
      `/campagnes/${CODE}/nouveau-compte`,
    );

    await fillIdentity(user);
    await user.click(await screen.findByRole('radio', { name: 'Avec une adresse e-mail' }));
    const email = screen.getByRole('textbox', { name: /^Adresse e-mail/ });
    await user.type(email, 'pas-une-adresse');
    await choosePasswordAndTerms(user);
    await user.click(screen.getByRole('button', { name: 'Je crée mon compte' }));
    expect(email).toHaveFocus();
    expect(email).toHaveAccessibleDescription('Veuillez saisir une adresse e-mail valide (exemple : nom@domaine.fr).');

    await user.clear(email);
    await user.type(email, 'deja@example.net');
    await user.click(screen.getByRole('button', { name: 'Je crée mon compte' }));
    await waitFor(() => expect(email).toHaveAccessibleDescription('Cette adresse e-mail est déjà utilisée. Connectez-vous ou utilisez « Mot de passe oublié ? ».'));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(session.getAccessToken()).toBeNull();

    await user.clear(email);
    await user.type(email, ' lea@example.net ');
    await user.click(screen.getByRole('button', { name: 'Je crée mon compte' }));

    expect(await screen.findByRole('heading', { level: 1, name: `Test assessment-7 de ${CODE}` })).toBeInTheDocument();
    expect(creations[1]).toEqual({ ...identity, withUsername: false, email: 'lea@example.net', password: PASSWORD, cgu: true });
    expect(session.getAccessToken()).toBe('jeton-du-nouveau-compte');
    expect(starts).toEqual([{ campaignCode: CODE }]);
  });

  it('brings the identity back, as typed, when no pupil matches', async () => {
    const user = userEvent.setup();
    const creations: CreateAccountAndReconcileInput[] = [];
    const message =
      "Vérifiez vos nom, prénom et date de naissance : ils doivent être ceux connus de votre établissement. Si c'est bien le cas, adressez-vous à votre enseignant.";
    const { session } = renderPages(
      [landingMock(school, 10), createMock(creations, [apiError('RECONCILIATION_NO_MATCH', message), created({ email: null, username: 'lea.dupont0503' })])],
      `/campagnes/${CODE}/nouveau-compte`,
    );

    await fillIdentity(user);
    await screen.findByRole('heading', { level: 1, name: 'Je crée mon compte' });
    await choosePasswordAndTerms(user);
    await user.click(screen.getByRole('button', { name: 'Je crée mon compte' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(message);
    expect(alert).toHaveFocus();
    expect(screen.getByRole('heading', { level: 1, name: "Vos informations d'élève" })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Prénom' })).toHaveValue('Léa');
    expect(screen.getByRole('textbox', { name: 'Jour' })).toHaveValue('05');
    expect(session.getAccessToken()).toBeNull();

    // The pupil fixes the day, and the account is created.
    const day = screen.getByRole('textbox', { name: 'Jour' });
    await user.clear(day);
    await user.type(day, '06');
    await user.click(screen.getByRole('button', { name: 'Je continue' }));
    await screen.findByRole('heading', { level: 1, name: 'Je crée mon compte' });
    await choosePasswordAndTerms(user);
    await user.click(screen.getByRole('button', { name: 'Je crée mon compte' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Votre compte est créé' })).toBeInTheDocument();
    expect(creations[1]).toMatchObject({ birthdate: '2010-03-06' });
  });

  it('tells a pupil who already has an account how it logs in, and leads to the log-in page', async () => {
    const user = userEvent.setup();
    const creations: CreateAccountAndReconcileInput[] = [];
    const message =
      "Cet élève a déjà un compte Pix libre, qui se connecte avec l'identifiant lea.dupont0503. Si c'est vous, connectez-vous avec ce compte (votre enseignant peut réinitialiser son mot de passe) ; sinon, adressez-vous à votre enseignant.";
    renderPages(
      [
        landingMock(school, 10),
        createMock(creations, [apiError('LEARNER_ALREADY_LINKED', message, { connectionMethods: ['USERNAME'], maskedEmail: null, username: 'lea.dupont0503' })]),
      ],
      `/campagnes/${CODE}/nouveau-compte`,
    );

    await fillIdentity(user);
    await screen.findByRole('heading', { level: 1, name: 'Je crée mon compte' });
    await choosePasswordAndTerms(user);
    await user.click(screen.getByRole('button', { name: 'Je crée mon compte' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(message);
    expect(within(alert).getAllByRole('listitem').map((item) => item.textContent)).toEqual(["l'identifiant lea.dupont0503"]);
    expect(screen.getByRole('heading', { level: 1, name: "Vos informations d'élève" })).toBeInTheDocument();
    await user.click(within(alert).getByRole('button', { name: 'Me connecter avec ce compte' }));

    expect(await screen.findByRole('heading', { level: 1, name: `Connexion puis /campagnes/${CODE}/acces` })).toBeInTheDocument();
  });
});
