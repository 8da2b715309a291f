import type { MockLink } from '@apollo/client/testing';
import { renderWithProviders } from '@pix-libre/ui-shared/src/testing/render';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes, useParams } from 'react-router';
import type { AnswerChallengeInput, AssessmentQuery as AssessmentData } from '../../__generated__/graphql';
import { learnerResources } from '../../i18n';
import { CODE, landing } from '../../testing/campaign-fixtures';
import { answerResult, checkpoint, currentChallengeData, checkpointDetails, checkpointLearnMore, qcm, qcu, qrocText, type ChallengeFixture, type CheckpointItem } from '../../testing/evaluation-fixtures';
import { paths } from '../../urls';
import { AssessmentRoute } from './AssessmentRoute';
import { CampaignAssessmentRoute } from './CampaignAssessmentRoute';
import { AnswerChallengeMutation, AssessmentQuery, CheckpointDetailsQuery, CheckpointLearnMoreQuery, CurrentChallengeQuery } from './evaluation.graphql';

const ASSESSMENT_ID = 'assessment-7';
const campaign = landing();

/** A campaign's test as loaded, with the current challenge asked for apart (CurrentChallengeQuery). */
function campaignAssessment(current: ChallengeFixture | null, options: { answeredCount?: number; progress?: number; state?: 'STARTED' | 'COMPLETED' } = {}): { data: AssessmentData; current: ChallengeFixture | null } {
  const data = {
    assessment: {
      __typename: 'Assessment',
      id: ASSESSMENT_ID,
      type: 'CAMPAIGN',
      state: options.state ?? 'STARTED',
      answeredCount: options.answeredCount ?? 0,
      progress: options.progress ?? 0,
      competence: null,
      campaignParticipation: {
        __typename: 'CampaignParticipation',
        id: 'participation-3',
        status: options.state === 'COMPLETED' ? 'TO_SHARE' : 'STARTED',
        campaign: {
          __typename: 'CampaignLanding',
          code: campaign.code,
          name: campaign.name,
          type: campaign.type,
          organizationName: campaign.organizationName,
          isRestricted: campaign.isRestricted,
          idPixLabel: campaign.idPixLabel,
          idPixType: campaign.idPixType,
          multipleSendings: campaign.multipleSendings,
        },
      },
      pendingCheckpoint: null,
    },
  } as AssessmentData;
  return { data, current };
}

function assessmentMock({ data, current }: ReturnType<typeof campaignAssessment>): MockLink.MockedResponse[] {
  return [
    { request: { query: AssessmentQuery, variables: { id: ASSESSMENT_ID } }, result: { data } },
    ...(current ? [{ request: { query: CurrentChallengeQuery, variables: { id: ASSESSMENT_ID } }, result: { data: currentChallengeData(current, data.assessment!.answeredCount, ASSESSMENT_ID) } }] : []),
  ];
}

function answerMock(sent: AnswerChallengeInput[], challengeId: string, data: ReturnType<typeof answerResult>): MockLink.MockedResponse {
  return {
    request: { query: AnswerChallengeMutation, variables: (variables: Record<string, unknown>) => (variables.input as AnswerChallengeInput).challengeId === challengeId },
    result: (variables: Record<string, unknown>) => {
      sent.push(variables.input as AnswerChallengeInput);
      return { data };
    },
  } as MockLink.MockedResponse;
}

function detailsMocks(items: CheckpointItem[], isFinal = false): MockLink.MockedResponse[] {
  return [
    { request: { query: CheckpointDetailsQuery, variables: { id: ASSESSMENT_ID } }, result: { data: checkpointDetails(items, isFinal, ASSESSMENT_ID) } },
    { request: { query: CheckpointLearnMoreQuery, variables: { id: ASSESSMENT_ID } }, result: { data: checkpointLearnMore(items, ASSESSMENT_ID) } },
  ];
}

function Results() {
  const { participationId } = useParams();
  return <h1>Résultats {participationId}</h1>;
}

function renderTest(mocks: MockLink.MockedResponse[], route = `/campagnes/${CODE}/evaluation/${ASSESSMENT_ID}`) {
  return renderWithProviders(
    <Routes>
      <Route path={paths.assessment} element={<AssessmentRoute />} />
      <Route path={paths.campaignAssessment} element={<CampaignAssessmentRoute />} />
      <Route path={paths.campaignParticipation} element={<Results />} />
      <Route path={paths.campaignLanding} element={<h1>Présentation du parcours</h1>} />
    </Routes>,
    { route, resources: learnerResources, mocks },
  );
}

const answered = (id: string, result: CheckpointItem['result'] = 'OK'): CheckpointItem => ({
  challenge: { ...qcu, id, instruction: `Question ${id} ?` },
  result,
  yourAnswer: 'Firefox',
  expectedAnswer: 'Firefox',
});

describe("A campaign's test", () => {
  it("shows the campaign's name and the parcours' progress, with the positioning's challenges", async () => {
    const user = userEvent.setup();
    const sent: AnswerChallengeInput[] = [];
    renderTest([
      ...assessmentMock(campaignAssessment(qcu, { answeredCount: 0, progress: 40 })),
      answerMock(sent, qcu.id, answerResult({ assessmentId: ASSESSMENT_ID, answeredCount: 1, next: qrocText, progress: 45 })),
    ]);

    expect(await screen.findByRole('heading', { level: 1, name: 'Question 1' })).toHaveFocus();
    expect(screen.getByText('Parcours de rentrée 2nde')).toBeInTheDocument();
    const progress = screen.getByRole('progressbar', { name: 'Avancement du parcours' });
    expect(progress).toHaveAttribute('aria-valuenow', '40');
    expect(progress).toHaveAttribute('aria-valuetext', '40\u00a0% du parcours réalisé');
    expect(screen.getByRole('link', { name: 'Quitter' })).toHaveAttribute('href', `/campagnes/${CODE}`);
    expect(document.title).toBe('Question 1 - Parcours de rentrée 2nde - Pix libre');

    await user.click(screen.getByRole('radio', { name: 'Firefox' }));
    await user.click(screen.getByRole('button', { name: 'Je valide' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Question 2' })).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Avancement du parcours' })).toHaveAttribute('aria-valuenow', '45');
    expect(sent[0]).toMatchObject({ assessmentId: ASSESSMENT_ID, challengeId: qcu.id, value: '2' });
  });

  it('shows the checkpoint after every 5th answer, then goes on', async () => {
    const user = userEvent.setup();
    const sent: AnswerChallengeInput[] = [];
    const items = ['c1', 'c2', 'c3', 'c4', 'c5'].map((id, index) => answered(id, index === 1 ? 'KO' : 'OK'));
    const fifth = { ...qcu, id: 'c5' };
    renderTest([
      ...assessmentMock(campaignAssessment(fifth, { answeredCount: 4, progress: 30 })),
      // After a checkpoint, the next challenge is asked for when the learner goes on.
      answerMock(sent, 'c5', answerResult({ assessmentId: ASSESSMENT_ID, answeredCount: 5, next: null, state: 'STARTED', checkpoint: checkpoint(items), progress: 38 })),
      ...detailsMocks(items),
      ...assessmentMock(campaignAssessment({ ...qcm, id: 'c6' }, { answeredCount: 5, progress: 38 })),
    ]);

    expect(await screen.findByRole('heading', { level: 1, name: 'Question 5' })).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Excel' }));
    await user.click(screen.getByRole('button', { name: 'Je valide' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Bilan intermédiaire' })).toHaveFocus();
    expect(screen.getByText('Parcours de rentrée 2nde')).toBeInTheDocument();
    expect(within(screen.getByRole('list', { name: 'Vos réponses' })).getAllByRole('listitem')).toHaveLength(5);
    expect(document.title).toBe('Bilan intermédiaire - Parcours de rentrée 2nde - Pix libre');
    await user.click(screen.getByRole('button', { name: 'Continuer mon parcours' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Question 6' })).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Avancement du parcours' })).toHaveAttribute('aria-valuenow', '38');
  });

  it('ends with "Voir mes résultats"', async () => {
    const user = userEvent.setup();
    const sent: AnswerChallengeInput[] = [];
    const items = [answered('c9')];
    renderTest([
      ...assessmentMock(campaignAssessment({ ...qcu, id: 'c9' }, { answeredCount: 8, progress: 90 })),
      answerMock(sent, 'c9', answerResult({ assessmentId: ASSESSMENT_ID, answeredCount: 9, next: null, checkpoint: checkpoint(items, true), progress: 100 })),
      ...detailsMocks(items, true),
    ]);

    await user.click(await screen.findByRole('radio', { name: 'Firefox' }));
    await user.click(screen.getByRole('button', { name: 'Je valide' }));

    expect(await screen.findByText('Vous avez terminé ce parcours. Voici vos résultats aux dernières questions.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Parcours terminé' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Voir mes résultats' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Résultats participation-3' })).toBeInTheDocument();
  });

  it('goes to the results of a finished test with nothing left to review', async () => {
    renderTest([
      ...assessmentMock(campaignAssessment(null, { state: 'COMPLETED', answeredCount: 0, progress: 100 })),
      { request: { query: CheckpointDetailsQuery, variables: { id: ASSESSMENT_ID } }, result: { data: { assessment: { __typename: 'Assessment', id: ASSESSMENT_ID, lastCheckpoint: null } } } },
      { request: { query: CheckpointLearnMoreQuery, variables: { id: ASSESSMENT_ID } }, result: { data: { assessment: { __typename: 'Assessment', id: ASSESSMENT_ID, lastCheckpoint: null } } } },
    ]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Résultats participation-3' })).toBeInTheDocument();
  });

  it('moves a campaign test opened at the address of a positioning test to its campaign', async () => {
    renderTest([...assessmentMock(campaignAssessment(qcu)), ...assessmentMock(campaignAssessment(qcu))], `/evaluations/${ASSESSMENT_ID}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Question 1' })).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Avancement du parcours' })).toBeInTheDocument();
  });
});
