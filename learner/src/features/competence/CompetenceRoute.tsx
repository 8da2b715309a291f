import { useParams } from 'react-router';
import { CompetenceView } from './CompetenceView';

/** Route entry of `/competences/:id` (protected). */
export function CompetenceRoute() {
  const { id = '' } = useParams();
  return <CompetenceView key={id} id={id} />;
}
