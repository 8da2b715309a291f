import { MyCertificateView, MyCertificationsView } from './MyCertificationsView';
import { VerifyCertificateView } from './VerifyCertificateView';

/** Route entry of `/mes-certifications` (protected). */
export function MyCertificationsRoute() {
  return <MyCertificationsView />;
}

/** Route entry of `/mes-certifications/:id` (protected). */
export function MyCertificateRoute() {
  return <MyCertificateView />;
}

/** Route entry of `/verifier-un-certificat` (anyone). */
export function VerifyCertificateRoute() {
  return <VerifyCertificateView />;
}
