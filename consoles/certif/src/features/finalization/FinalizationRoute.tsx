import { useParams } from 'react-router';
import { FinalizationView } from './FinalizationView';

/** Route entry of `/sessions/:sessionId/finalisation` (a member of the centre). */
export function FinalizationRoute() {
  const { sessionId = '' } = useParams();
  return <FinalizationView key={sessionId} sessionId={sessionId} />;
}
