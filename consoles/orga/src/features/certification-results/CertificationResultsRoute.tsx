import { useParams } from 'react-router';
import { CertificationResultsView } from './CertificationResultsView';

/** Route entry of `/organisations/:organizationId/certifications` (protected): "Certifications". */
export function CertificationResultsRoute() {
  const { organizationId = '' } = useParams();
  return <CertificationResultsView key={organizationId} organizationId={organizationId} />;
}
