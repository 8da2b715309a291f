import type { MockLink } from '@apollo/client/testing';
import { renderWithProviders } from '@pix-libre/ui-shared/src/testing/render';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes, useLocation, useParams } from 'react-router';
import type { ReconcileWithOrganizationLearnerInput, StartCampaignParticipationInput } from '../../__generated__/graphql';
import { learnerResources } from '../../i18n';
import { apiError, CODE, landing, landingMock, myParticipationsMock, participationSummary } from '../../testing/campaign-fixtures';
import { paths } from '../../urls';
import { ReconcileWithOrganizationLearnerMutation, StartCampaignParticipationMutation } from './campaigns.graphql';
import { CampaignJoinRoute } from './CampaignJoinRoute';

function TestStub() {
  const { code, assessmentId } = useParams();
  return <h1>Test {assessmentId} de {code}</h1>;
}

function ParticipationStub() {
  const { participationId } = useParams();
  const location = useLocation();
  const notice = (location.state as { notice?: string } | null)?.notice;
  return (
    <>
      <h1>Participation {participationId}</h1>
      {notice && <p>{notice}</p>}
    </>
  );
}

function renderJoin(mocks: MockLink.MockedResponse[], auth: Parameters<typeof renderWithProviders>[1] extends infer O ? (O extends { auth?: infer A } ? A : never) : never = {}) {
  return renderWithProviders(
    <Routes>
      <Route path={paths.campaignJoin} element={<CampaignJoinRoute />} />
      <Route path={paths.campaignAssessment} element={<TestStub />} />
      <Route path={paths.campaignParticipation} element={<ParticipationStub />} />
      <Route path={paths.logIn} element={<h1>Connexion</h1>} />
    </Routes>,
    { route: `/campagnes/${CODE}/acces`, resources: learnerResources, mocks, auth },
  );
}

const school = landing({ isRestricted: true });
const pupil = { firstName: 'Léa', lastName: 'Dupont', birthdate: '2010-03-05' };

function reconcileMock(sent: ReconcileWithOrganizationLearnerInput[], response: Record<string, unknown>): MockLink.MockedResponse {
  return {
    request: { query: ReconcileWithOrganizationLearnerMutation, variables: () => true },
    result: (variables: Record<string, unknown>) => {
      sent.push(variables.input as ReconcileWithOrganizationLearnerInput);
      return response;
    },
    maxUsageCount: 5,
  } as MockLink.MockedResponse;
}

const reconciled = {
  data: { reconcileWithOrganizationLearner: { __typename: 'ReconciledLearner', id: 'learner-9', firstName: 'Léa', lastName: 'Dupont', organizationName: 'Lycée Marie Curie' } },
};

function startMock(sent: StartCampaignParticipationInput[], response: Record<string, unknown>): MockLink.MockedResponse {
  return {
    request: { query: StartCampaignParticipationMutation, variables: () => true },
    result: (variables: Record<string, unknown>) => {
      sent.push(variables.input as StartCampaignParticipationInput);
      return response;
    },
    maxUsageCount: 5,
  } as MockLink.MockedResponse;
}

const started = (campaign = landing()) => ({ data: { startCampaignParticipation: participationSummary('STARTED', { id: 'participation-3', campaign, assessmentId: 'assessment-7' }) } });

async function fillIdentity(user: ReturnType<typeof userEvent.setup>, values: { firstName?: string; lastName?: string; day?: string; month?: string; year?: string } = {}) {
  const all = { firstName: 'Léa', lastName: 'Dupont', day: '05', month: '03', year: '2010', ...values };
  await screen.findByRole('heading', { level: 1, name: "Vos informations d'élève" });
  if (all.firstName) await user.type(screen.getByRole('textbox', { name: 'Prénom' }), all.firstName);
  if (all.lastName) await user.type(screen.getByRole('textbox', { name: 'Nom' }), all.lastName);
  const birthdate = screen.getByRole('group', { name: 'Date de naissance' });
  if (all.day) await user.type(within(birthdate).getByRole('textbox', { name: 'Jour' }), all.day);
  if (all.month) await user.type(within(birthdate).getByRole('textbox', { name: 'Mois' }), all.month);
  if (all.year) await user.type(within(birthdate).getByRole('textbox', { name: 'Année' }), all.year);
}

describe('Joining a campaign of a school that manages its pupils', () => {
  it('finds the pupil by first name, last name and birth date, then starts the test', async () => {
    const user = userEvent.setup();
    const reconciliations: ReconcileWithOrganizationLearnerInput[] = [];
    const starts: StartCampaignParticipationInput[] = [];
    renderJoin([landingMock(school), myParticipationsMock([]), reconcileMock(reconciliations, reconciled), startMock(starts, started(school))]);

    expect(await screen.findByRole('heading', { level: 1, name: "Vos informations d'élève" })).toHaveFocus();
    expect(screen.getByText(/L'établissement Lycée Marie Curie réserve ce parcours à ses élèves/)).toBeInTheDocument();
    const birthdate = screen.getByRole('group', { name: 'Date de naissance' });
    expect(within(birthdate).getByRole('textbox', { name: 'Jour' })).toHaveAccessibleDescription('Jour, mois et année en chiffres, par exemple : 05 03 2010.');
    await fillIdentity(user, { firstName: ' Léa ' });
    await user.click(screen.getByRole('button', { name: 'Commencer mon parcours' }));

    expect(await screen.findByRole('heading', { level: 1, name: `Test assessment-7 de ${CODE}` })).toBeInTheDocument();
    expect(reconciliations).toEqual([{ campaignCode: CODE, ...pupil }]);
    expect(starts).toEqual([{ campaignCode: CODE }]);
  });

  it('does not ask a pupil the API knows as one of the school\'s pupils for their identity again', async () => {
    const reconciliations: ReconcileWithOrganizationLearnerInput[] = [];
    const starts: StartCampaignParticipationInput[] = [];
    const linked = landing({ isRestricted: true, viewerLinkedToOrganization: true });
    renderJoin([landingMock(linked), myParticipationsMock([]), reconcileMock(reconciliations, reconciled), startMock(starts, started(linked))]);

    expect(await screen.findByRole('heading', { level: 1, name: `Test assessment-7 de ${CODE}` })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: "Vos informations d'élève" })).not.toBeInTheDocument();
    expect(reconciliations).toEqual([]);
    expect(starts).toEqual([{ campaignCode: CODE }]);
  });

  it('checks the fields before asking the API, each error tied to its field', async () => {
    const user = userEvent.setup();
    const reconciliations: ReconcileWithOrganizationLearnerInput[] = [];
    renderJoin([landingMock(school), myParticipationsMock([]), reconcileMock(reconciliations, reconciled)]);

    await fillIdentity(user, { firstName: '', day: '31', month: '04' });
    await user.click(screen.getByRole('button', { name: 'Commencer mon parcours' }));

    const firstName = screen.getByRole('textbox', { name: 'Prénom' });
    expect(firstName).toHaveFocus();
    expect(firstName).toBeInvalid();
    expect(firstName).toHaveAccessibleDescription('Veuillez saisir votre prénom.');
    const day = screen.getByRole('textbox', { name: 'Jour' });
    expect(day).toBeInvalid();
    expect(day).toHaveAccessibleDescription("Cette date n'existe pas : vérifiez le jour et le mois. Jour, mois et année en chiffres, par exemple : 05 03 2010.");
    expect(screen.getByRole('textbox', { name: 'Année' })).toHaveAccessibleDescription(/Cette date n'existe pas/);
    expect(reconciliations).toEqual([]);
  });

  it.each([
    [
      'RECONCILIATION_NO_MATCH',
      "Vérifiez vos nom, prénom et date de naissance : ils doivent être ceux connus de votre établissement. Si c'est bien le cas, adressez-vous à votre enseignant.",
    ],
    [
      'RECONCILIATION_AMBIGUOUS',
      "Plusieurs élèves de l'établissement correspondent à ces informations : nous ne pouvons pas vous identifier. Adressez-vous à votre enseignant.",
    ],
    [
      'ACCOUNT_ALREADY_LINKED',
      "Votre compte est déjà rattaché à un autre élève de cet établissement. Connectez-vous avec le compte de l'élève que vous êtes, ou adressez-vous à votre enseignant.",
    ],
    ['TOO_MANY_ATTEMPTS', 'Trop de tentatives : réessayez dans 15 minutes.'],
  ])('explains %s as the API says it, and lets the pupil try again', async (code, message) => {
    const user = userEvent.setup();
    const reconciliations: ReconcileWithOrganizationLearnerInput[] = [];
    renderJoin([landingMock(school), myParticipationsMock([]), reconcileMock(reconciliations, apiError(code, message))]);

    await fillIdentity(user);
    await user.click(screen.getByRole('button', { name: 'Commencer mon parcours' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(message);
    expect(alert).toHaveFocus();
    expect(alert.closest('form')).toHaveAccessibleDescription(message);
    expect(screen.getByRole('textbox', { name: 'Prénom' })).toHaveValue('Léa');
    expect(screen.getByRole('heading', { level: 1, name: "Vos informations d'élève" })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Me déconnecter pour utiliser ce compte' })).not.toBeInTheDocument();
  });

  it('tells how the account already linked to the pupil logs in, masked, and nothing else', async () => {
    const user = userEvent.setup();
    const reconciliations: ReconcileWithOrganizationLearnerInput[] = [];
    const logOut = jest.fn(async () => undefined);
    const message =
      "Cet élève est déjà rattaché à un autre compte, qui se connecte avec l'adresse e-mail l***@example.net ou l'identifiant lea.dupont0503. Connectez-vous avec ce compte, ou adressez-vous à votre enseignant.";
    renderJoin(
      [
        landingMock(school),
        myParticipationsMock([]),
        reconcileMock(
          reconciliations,
          apiError('LEARNER_ALREADY_LINKED', message, { connectionMethods: ['EMAIL', 'USERNAME'], maskedEmail: 'l***@example.net', username: 'lea.dupont0503' }),
        ),
      ],
      { logOut },
    );

    await fillIdentity(user);
    await user.click(screen.getByRole('button', { name: 'Commencer mon parcours' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(message);
    const methods = within(alert).getAllByRole('listitem').map((item) => item.textContent);
    expect(methods).toEqual(["l'adresse e-mail l***@example.net", "l'identifiant lea.dupont0503"]);
    await user.click(within(alert).getByRole('button', { name: 'Me déconnecter pour utiliser ce compte' }));

    await waitFor(() => expect(logOut).toHaveBeenCalled());
    expect(await screen.findByRole('heading', { level: 1, name: 'Connexion' })).toBeInTheDocument();
  });

  it('asks again when the API requires it although another campaign of the school suggested otherwise', async () => {
    const user = userEvent.setup();
    const starts: StartCampaignParticipationInput[] = [];
    const reconciliations: ReconcileWithOrganizationLearnerInput[] = [];
    const other = participationSummary('SHARED', { id: 'participation-0', campaign: landing({ code: 'OTHERC234', isRestricted: true }) });
    const startResponses = [
      apiError('RECONCILIATION_REQUIRED', "Ce parcours est réservé aux élèves de l'établissement : indiquez vos prénom, nom et date de naissance."),
      started(school),
    ];
    renderJoin([
      landingMock(school),
      myParticipationsMock([other]),
      reconcileMock(reconciliations, reconciled),
      {
        request: { query: StartCampaignParticipationMutation, variables: () => true },
        result: (variables: Record<string, unknown>) => {
          starts.push(variables.input as StartCampaignParticipationInput);
          return startResponses[starts.length - 1];
        },
        maxUsageCount: 2,
      } as MockLink.MockedResponse,
    ]);

    expect(await screen.findByRole('heading', { level: 1, name: "Vos informations d'élève" })).toBeInTheDocument();
    await fillIdentity(user);
    await user.click(screen.getByRole('button', { name: 'Commencer mon parcours' }));

    expect(await screen.findByRole('heading', { level: 1, name: `Test assessment-7 de ${CODE}` })).toBeInTheDocument();
    expect(starts).toHaveLength(2);
  });
});

describe('Joining a campaign that asks for an external identifier', () => {
  it('checks an e-mail identifier, sends it with the start, and shows the API refusal under the field', async () => {
    const user = userEvent.setup();
    const starts: StartCampaignParticipationInput[] = [];
    const campaign = landing({ idPixLabel: 'Adresse e-mail académique', idPixType: 'EMAIL' });
    const responses = [
      apiError('BAD_USER_INPUT', 'Ce champ ne peut pas dépasser 255 caractères.', { field: 'participantExternalId' }),
      started(campaign),
    ];
    renderJoin([
      landingMock(campaign),
      myParticipationsMock([]),
      {
        request: { query: StartCampaignParticipationMutation, variables: () => true },
        result: (variables: Record<string, unknown>) => {
          starts.push(variables.input as StartCampaignParticipationInput);
          return responses[starts.length - 1];
        },
        maxUsageCount: 2,
      } as MockLink.MockedResponse,
    ]);

    expect(await screen.findByRole('heading', { level: 1, name: 'Avant de commencer' })).toHaveFocus();
    const field = screen.getByRole('textbox', { name: 'Adresse e-mail académique' });
    expect(field).toHaveAttribute('type', 'email');
    await user.click(screen.getByRole('button', { name: 'Commencer mon parcours' }));
    expect(field).toHaveAccessibleDescription('Veuillez remplir le champ « Adresse e-mail académique ».');

    await user.type(field, 'lea.dupont');
    await user.click(screen.getByRole('button', { name: 'Commencer mon parcours' }));
    expect(field).toBeInvalid();
    expect(field).toHaveAccessibleDescription('« Adresse e-mail académique » doit être une adresse e-mail valide (exemple : prenom.nom@exemple.fr).');
    expect(starts).toEqual([]);

    await user.type(field, '@ac-lyon.fr');
    await user.click(screen.getByRole('button', { name: 'Commencer mon parcours' }));
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Adresse e-mail académique' })).toHaveAccessibleDescription('Ce champ ne peut pas dépasser 255 caractères.'));
    const refused = screen.getByRole('textbox', { name: 'Adresse e-mail académique' });
    expect(refused).toHaveFocus();
    expect(starts).toEqual([{ campaignCode: CODE, participantExternalId: 'lea.dupont@ac-lyon.fr' }]);

    await user.clear(refused);
    await user.type(refused, ' lea.dupont@ac-versailles.fr ');
    await user.click(screen.getByRole('button', { name: 'Commencer mon parcours' }));
    expect(await screen.findByRole('heading', { level: 1, name: `Test assessment-7 de ${CODE}` })).toBeInTheDocument();
    expect(starts[1]).toEqual({ campaignCode: CODE, participantExternalId: 'lea.dupont@ac-versailles.fr' });
  });
});

describe('Coming back to a campaign', () => {
  it('resumes the participation in progress without asking anything again', async () => {
    const starts: StartCampaignParticipationInput[] = [];
    const campaign = landing({ isRestricted: true, idPixLabel: "Numéro d'élève", idPixType: 'TEXT' });
    renderJoin([landingMock(campaign), myParticipationsMock([participationSummary('STARTED', { campaign })]), startMock(starts, started(campaign))]);

    expect(await screen.findByRole('heading', { level: 1, name: `Test assessment-7 de ${CODE}` })).toBeInTheDocument();
    expect(starts).toEqual([{ campaignCode: CODE }]);
  });

  it('opens a finished participation', async () => {
    renderJoin([landingMock(), myParticipationsMock([participationSummary('TO_SHARE', { id: 'participation-5' })])]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Participation participation-5' })).toBeInTheDocument();
  });

  it('leads ALREADY_PARTICIPATED to the existing participation, with the API message', async () => {
    const starts: StartCampaignParticipationInput[] = [];
    renderJoin([
      landingMock(),
      myParticipationsMock([]),
      startMock(
        starts,
        apiError('ALREADY_PARTICIPATED', 'Vous avez déjà participé à ce parcours et envoyé vos résultats.', { participationId: '42', status: 'SHARED' }),
      ),
    ]);

    expect(await screen.findByRole('heading', { level: 1, name: 'Participation 42' })).toBeInTheDocument();
    expect(screen.getByText('Vous avez déjà participé à ce parcours et envoyé vos résultats.')).toBeInTheDocument();
  });

  it('shows another refusal with a way to try again', async () => {
    const user = userEvent.setup();
    const starts: StartCampaignParticipationInput[] = [];
    renderJoin([
      landingMock(),
      myParticipationsMock([]),
      startMock(starts, apiError('NOT_FOUND', "Ce code de parcours n'existe pas ou n'est plus actif. Vérifiez-le auprès de votre enseignant.")),
    ]);

    expect(await screen.findByRole('alert')).toHaveTextContent("Ce code de parcours n'existe pas ou n'est plus actif.");
    await user.click(screen.getByRole('button', { name: 'Réessayer' }));
    await waitFor(() => expect(starts).toHaveLength(2));
    expect(screen.getByRole('link', { name: 'Retour à la présentation du parcours' })).toHaveAttribute('href', `/campagnes/${CODE}`);
  });
});
