import type { EntityManager } from '@mikro-orm/postgresql';
import { questionNumberOf } from '../domain/candidate-status';
import type { CourseDetails } from '../domain/course';
import { challengesOfCourses, courseDetailsOf } from '../infrastructure/course.repository';

export interface AssessmentCertification {
  course: CourseDetails;
  questionNumber: number;
  numberOfQuestions: number;
}

/** The certification course of a CERTIFICATION test, for its candidate only, with "question n of N". */
export async function certificationOfAssessment(
  em: EntityManager,
  request: { assessmentId: number; viewerUserId: number | null; currentChallengeId: string | null },
): Promise<AssessmentCertification | null> {
  const [course] = await courseDetailsOf(em, { assessmentIds: [request.assessmentId] });
  if (!course || course.userId !== request.viewerUserId) return null;
  const questions = await challengesOfCourses(em, [course.id]);
  const position = request.currentChallengeId ? questions.findIndex((q) => q.challengeId === request.currentChallengeId) : -1;
  return {
    course,
    questionNumber: questionNumberOf(position >= 0 ? position : null, questions.length, course.state === 'ENDED'),
    numberOfQuestions: questions.length,
  };
}
