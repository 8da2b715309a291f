import { useParams } from 'react-router';
import { StartEvaluationView } from './StartEvaluationView';

/** Route entry of `/competences/:id/evaluation` ("Commencer", protected): starts or resumes the test, then opens it. */
export function StartEvaluationRoute() {
  const { id = '' } = useParams();
  return <StartEvaluationView key={id} competenceId={id} />;
}
