import { NavLinks } from '@pix-libre/ui-shared';
import { useTranslation } from 'react-i18next';
import type { AdminNavEntry } from './admin-nav-entries';

/** Pix Admin's navigation (props only): the sections the viewer's role opens. */
export function AdminNav({ entries }: { entries: AdminNavEntry[] }) {
  const { t } = useTranslation();
  return <NavLinks entries={entries.map((entry) => ({ to: entry.to, label: t(entry.label) }))} />;
}
