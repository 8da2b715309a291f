import { useParams } from 'react-router';
import { InvigilatorLoginView } from './InvigilatorLoginView';
import { InvigilatorSessionView } from './InvigilatorSessionView';

/** Route entry of `/surveillance` (no account). */
export function InvigilatorLoginRoute() {
  return <InvigilatorLoginView />;
}

/** Route entry of `/surveillance/sessions/:sessionId` (the invigilator's token of that session). */
export function InvigilatorSessionRoute() {
  const { sessionId = '' } = useParams();
  return <InvigilatorSessionView key={sessionId} sessionId={sessionId} />;
}
