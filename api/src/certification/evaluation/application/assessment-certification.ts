import { questionNumberOf } from '../domain/candidate-status';
import type { CourseDetails } from '../domain/course';
import type { CertificationRepositories } from './dependencies';

export interface AssessmentCertification {
  course: CourseDetails;
  questionNumber: number;
  numberOfQuestions: number;
}

/** The certification course of a CERTIFICATION test, for its candidate only, with "question n of N". */
export async function certificationOfAssessment(
  repositories: CertificationRepositories,
  request: { assessmentId: number; viewerUserId: number | null; currentChallengeId: string | null },
): Promise<AssessmentCertification | null> {
  const [course] = await repositories.courses.detailsOf({ assessmentIds: [request.assessmentId] });
  if (!course || course.userId !== request.viewerUserId) return null;
  const questions = await repositories.courses.challengesOf([course.id]);
  const position = request.currentChallengeId ? questions.findIndex((q) => q.challengeId === request.currentChallengeId) : -1;
  return {
    course,
    questionNumber: questionNumberOf(position >= 0 ? position : null, questions.length, course.state === 'ENDED'),
    numberOfQuestions: questions.length,
  };
}
