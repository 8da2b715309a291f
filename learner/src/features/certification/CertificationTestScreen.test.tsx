import type { MockLink } from '@apollo/client/testing';
import { renderWithProviders } from '@pix-libre/ui-shared/src/testing/render';
import { act, screen } from '@testing-library/react';
import { useState } from 'react';
import type { CertificationCourseQuery } from '../../__generated__/graphql';
import { learnerResources } from '../../i18n';
import { qcm, qcu, type ChallengeFixture } from '../../testing/evaluation-fixtures';
import { CertificationAssessmentQuery } from './certification-test.graphql';
import { CertificationTestScreen } from './CertificationTestScreen';

type Course = NonNullable<CertificationCourseQuery['certificationCourse']>;
type Report = NonNullable<Course['lastProblemReport']>;

const course = (lastProblemReport: Report | null): Course =>
  ({
  __typename: 'CertificationCourse',
  id: 'c1',
  state: 'STARTED',
  status: 'IN_PROGRESS',
  authorizedToStart: true,
  timeLeftSeconds: 5000,
  endReason: null,
  endScreenSeen: false,
  numberOfChallenges: 18,
  sessionId: '7',
  assessment: { __typename: 'Assessment', id: 'a1' } as Course['assessment'],
  lastProblemReport,
  }) as Course;

const report = (status: Report['status']): Report => ({ __typename: 'ChallengeProblemReport', id: 'r1', questionNumber: 4, category: 'E1', status }) as Report;

function assessmentMock(challenge: ChallengeFixture, questionNumber: number): MockLink.MockedResponse {
  return {
    request: { query: CertificationAssessmentQuery, variables: { id: 'a1' } },
    result: {
      data: {
        assessment: {
          __typename: 'Assessment',
          id: 'a1',
          state: 'STARTED',
          timeLeftSeconds: 3725,
          certificationProgress: { __typename: 'CertificationProgress', questionNumber, numberOfQuestions: 18 },
          currentChallenge: challenge,
        },
      },
    },
  };
}

/** The screen with a course the test changes, as the polled course query would. */
const control: { set: (course: Course) => void } = { set: () => undefined };
function Harness({ initial }: { initial: Course }) {
  const [current, setCurrent] = useState(initial);
  control.set = setCurrent;
  return <CertificationTestScreen course={current} onCourseChanged={jest.fn()} />;
}

describe('the certification test screen', () => {
  beforeEach(() => window.localStorage.clear());

  it('shows "Question n sur N", the server\'s time left, "Signaler un problème", and no "Quitter"', async () => {
    renderWithProviders(<CertificationTestScreen course={course(null)} onCourseChanged={jest.fn()} />, { resources: learnerResources, mocks: [assessmentMock(qcu, 4)] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Question 4 sur 18' })).toBeInTheDocument();
    // The deadline is taken when the server's answer arrives: the countdown shows right after.
    expect(await screen.findByTestId('certification-time-left')).toHaveTextContent(/^1:02:0[45]$/);
    expect(screen.getByRole('button', { name: 'Signaler un problème' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Je passe' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Quitter' })).not.toBeInTheDocument();
    expect(screen.queryByText(/Un bilan toutes les/)).not.toBeInTheDocument();
  });

  it('waits for the invigilator while a report is pending; refused, the candidate answers the same question', async () => {
    renderWithProviders(<Harness initial={course(report('PENDING'))} />, {
      resources: learnerResources,
      mocks: [assessmentMock(qcu, 4), assessmentMock(qcu, 4)],
    });
    expect(await screen.findByRole('status')).toHaveTextContent('Question 4 : en attente de la validation du surveillant.');
    expect(screen.queryByRole('button', { name: 'Je passe' })).not.toBeInTheDocument();

    act(() => control.set(course(report('REFUSED'))));
    expect(await screen.findByText('Le surveillant a refusé votre signalement : répondez à la question.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Question 4 sur 18' })).toBeInTheDocument();
    // One report per question: it cannot be reported again.
    expect(screen.getByRole('button', { name: 'Signaler un problème' })).toBeDisabled();
  });

  it('accepted, the candidate goes on to the next question', async () => {
    renderWithProviders(<Harness initial={course(report('PENDING'))} />, {
      resources: learnerResources,
      mocks: [assessmentMock(qcu, 4), assessmentMock(qcm, 5)],
    });
    await screen.findByText(/Question 4 : en attente de la validation du surveillant/);
    act(() => control.set(course(report('ACCEPTED'))));
    expect(await screen.findByRole('heading', { level: 1, name: 'Question 5 sur 18' })).toBeInTheDocument();
    expect(screen.getByText('Le surveillant a validé votre signalement : vous passez à la question suivante.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Signaler un problème' })).toBeEnabled();
  });
});
