import { useDocumentTitle } from '@pix-libre/ui-shared';
import { useTranslation } from 'react-i18next';
import { TermsOfUsePage, type TermsSection } from './components/TermsOfUsePage';

/** Route entry of `/conditions-generales-d-utilisation` (public). */
export function TermsOfUseRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('learner.terms.documentTitle'));
  const sections = t('learner.terms.sections', { returnObjects: true }) as unknown as TermsSection[];
  return <TermsOfUsePage title={t('learner.terms.title')} intro={t('learner.terms.intro')} sections={Array.isArray(sections) ? sections : []} />;
}
