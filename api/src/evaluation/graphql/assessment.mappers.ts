import { challengeAsSeenIn, type LearningContent } from '../../learning-content';
import { translate, type Locale } from '../../shared/i18n/translate';
import { answerText, expectedAnswerText, isSkip } from '../domain/answer-checking';
import { checkpointWindow } from '../domain/competence-evaluation-rules';
import type { AnswerRow, AssessmentRow } from '../domain/assessment';
import {
  AnswerView,
  AssessmentStateValue,
  AssessmentTypeValue,
  AssessmentView,
  CheckpointAnswerView,
  CheckpointView,
  ChallengeResultValue,
  toResultValue,
} from './assessment.types';
import { ChallengeView, TutorialView } from './challenge.types';

export type Preferences = { saved: Set<string>; liked: Set<string> };

export function toAssessmentView(row: AssessmentRow, knownProgress?: number | null, knownAnsweredCount?: number): AssessmentView {
  return Object.assign(new AssessmentView(), {
    id: String(row.id),
    type: row.type as AssessmentTypeValue,
    state: row.state as AssessmentStateValue,
    assessmentId: row.id,
    userId: row.userId,
    competenceId: row.competenceId,
    campaignParticipationId: row.campaignParticipationId,
    currentChallengeId: row.currentChallengeId,
    currentChallengeServedAt: row.currentChallengeServedAt,
    currentChallengeServedAtLoad: row.currentChallengeServedAt !== null,
    knownProgress,
    knownAnsweredCount,
  });
}

/** `hidden`: a certification's answer, whose result the candidate never sees. */
export function toAnswerView(row: AnswerRow, content: LearningContent, locale: Locale, hidden = false): AnswerView {
  return Object.assign(new AnswerView(), {
    id: String(row.id),
    result: hidden ? ChallengeResultValue.HIDDEN : toResultValue(row.result),
    value: row.value,
    challenge: ChallengeView.from(content.challenge(row.challengeId)!, locale),
    createdAt: row.createdAt,
  });
}

/** The answers since the previous checkpoint, each with its expected answer and tutorials. */
export function toCheckpointView(
  answers: AnswerRow[],
  isFinal: boolean,
  content: LearningContent,
  locale: Locale,
  preferences: Preferences,
): CheckpointView {
  const { from, to } = checkpointWindow(answers.length);
  const tutorials = (ids: string[]) =>
    ids.map((id) => content.tutorial(id)).filter((t) => t !== undefined).map((t) => TutorialView.from(t!, preferences, locale));
  return Object.assign(new CheckpointView(), {
    isFinal,
    answers: answers.slice(from, to).map((answer) => {
      const challenge = content.challenge(answer.challengeId)!;
      const skill = content.skill(challenge.skillId)!;
      const seen = challengeAsSeenIn(challenge, locale);
      return Object.assign(new CheckpointAnswerView(), {
        answer: toAnswerView(answer, content, locale),
        challenge: ChallengeView.from(challenge, locale),
        yourAnswer: isSkip(answer.value) ? translate('checkpoint.skipped', {}, locale) : answerText(seen, answer.value),
        expectedAnswer: expectedAnswerText(seen),
        tutorials: tutorials(skill.tutorialIds),
        learnMoreTutorials: tutorials(skill.learnMoreTutorialIds),
      });
    }),
  });
}
