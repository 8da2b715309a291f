import { useParams } from 'react-router';
import { AssessmentView } from './AssessmentView';

/** Route entry of `/evaluations/:assessmentId` (protected): one positioning test. */
export function AssessmentRoute() {
  const { assessmentId = '' } = useParams();
  return <AssessmentView key={assessmentId} assessmentId={assessmentId} />;
}
