import { useDocumentTitle } from '@pix-libre/ui-shared';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { JoinUnavailablePage } from './components/JoinUnavailablePage';
import { JoinView } from './JoinView';

function MissingCode() {
  const { t } = useTranslation();
  useDocumentTitle(t('console.join.unavailableTitle'));
  return <JoinUnavailablePage error={null} />;
}

/** Route entry of `/rejoindre?code=…` (public): the link of an invitation e-mail. */
export function JoinRoute() {
  const [searchParams] = useSearchParams();
  const code = searchParams.get('code')?.trim() ?? '';
  if (!code) return <MissingCode />;
  return <JoinView key={code} code={code} />;
}
