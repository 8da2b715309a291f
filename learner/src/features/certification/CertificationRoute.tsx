import { CertificationView } from './CertificationView';

/** Route entry of `/certification` (protected). */
export function CertificationRoute() {
  return <CertificationView />;
}
