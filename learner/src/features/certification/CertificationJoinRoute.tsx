import { useSearchParams } from 'react-router';
import { isAccessCodeShape } from '../campaigns/domain/code-kind';
import { CertificationJoinView } from './CertificationJoinView';

/** Route entry of `/certification/rejoindre` (protected); `?code=` an access code typed in "J'ai un code", `?reprendre=1` after leaving a test. */
export function CertificationJoinRoute() {
  const [params] = useSearchParams();
  const code = (params.get('code') ?? '').toUpperCase();
  return <CertificationJoinView initialAccessCode={isAccessCodeShape(code) ? code : undefined} resuming={params.get('reprendre') === '1'} />;
}
