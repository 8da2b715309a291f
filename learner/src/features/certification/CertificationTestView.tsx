import { useMutation, useQuery } from '@apollo/client/react';
import { ErrorAlert, PageLoader, useDocumentTitle } from '@pix-libre/ui-shared';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { urls } from '../../urls';
import { CertificationTestScreen } from './CertificationTestScreen';
import { CertificationCourseQuery, MarkCertificationEndScreenSeenMutation } from './certification-test.graphql';
import { CertificationEndPage } from './components/CertificationEndPage';
import { WaitingForInvigilator } from './components/WaitingForInvigilator';
import { joinedHere } from './domain/joined-tab';

/** How often the course is read again: while waiting for the invigilator (or their answer to a report), and during the test. */
export const WAITING_POLL_MS = 2500;
export const RUNNING_POLL_MS = 5000;

/** The end screen, recorded as seen once (the invigilator sees it in the live list). */
function EndScreen({ courseId, seen, endReason }: { courseId: string; seen: boolean; endReason: Parameters<typeof CertificationEndPage>[0]['endReason'] }) {
  const [markSeen] = useMutation(MarkCertificationEndScreenSeenMutation);
  const sent = useRef(false);
  useEffect(() => {
    if (seen || sent.current) return;
    sent.current = true;
    void markSeen({ variables: { courseId } }).catch(() => undefined);
  }, [courseId, seen, markSeen]);
  return <CertificationEndPage endReason={endReason} />;
}

/**
 * A certification test (`/certification/tests/:courseId`): waits for the invigilator's authorisation
 * (the course is polled), runs the test, then the end screen. A tab that did not join (closed and
 * opened again, another device) joins again first, and the invigilator lets the candidate resume.
 */
export function CertificationTestView({ courseId }: { courseId: string }) {
  const { t } = useTranslation();
  const { data, error, loading, refetch, startPolling, stopPolling } = useQuery(CertificationCourseQuery, {
    variables: { id: courseId },
    fetchPolicy: 'network-only',
    notifyOnNetworkStatusChange: false,
  });
  const course = data?.certificationCourse;
  const ended = course?.state === 'ENDED';
  const pendingReport = course?.lastProblemReport?.status === 'PENDING';
  const waiting = course?.status === 'WAITING_FOR_AUTHORIZATION';
  const pollEvery = !course || ended ? 0 : waiting || pendingReport ? WAITING_POLL_MS : RUNNING_POLL_MS;
  useEffect(() => {
    if (pollEvery) startPolling(pollEvery);
    else stopPolling();
    return () => stopPolling();
  }, [pollEvery, startPolling, stopPolling]);

  useDocumentTitle(
    course
      ? ended
        ? t('learner.certificationTest.endTitle')
        : waiting
          ? t('learner.certificationTest.waitingTitle')
          : t('learner.certificationTest.documentTitle')
      : error
        ? t('shared.errors.title')
        : null,
  );

  if (!course) return loading ? <PageLoader /> : <ErrorAlert error={error} />;
  if (ended) return <EndScreen courseId={course.id} seen={course.endScreenSeen} endReason={course.endReason} />;
  if (!joinedHere(course.id)) return <Navigate to={urls.certificationJoin({ resume: true })} replace />;
  if (waiting) return <WaitingForInvigilator resuming={course.timeLeftSeconds !== null} />;
  return <CertificationTestScreen course={course} onCourseChanged={() => void refetch().catch(() => undefined)} />;
}
