import { useParams } from 'react-router';
import { CertificationTestView } from './CertificationTestView';

/** Route entry of `/certification/tests/:courseId` (protected). */
export function CertificationTestRoute() {
  const { courseId = '' } = useParams();
  return <CertificationTestView key={courseId} courseId={courseId} />;
}
