import UploadFile from '@mui/icons-material/UploadFile';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { ErrorAlert } from '@pix-libre/ui-shared';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GeneratedCredentials, Pupil, PupilCredentials, PupilsQueryState, SingleGeneration } from '../pupil-types';
import type { SiecleImportState } from '../use-siecle-import';
import { CredentialsDialog } from './CredentialsDialog';
import { GenerateUsernamesDialog } from './GenerateUsernamesDialog';
import { ImportSiecleDialog } from './ImportSiecleDialog';
import { ManageAccountDialog } from './ManageAccountDialog';
import { PupilsEmptyState } from './PupilsEmptyState';
import { PupilsFilters } from './PupilsFilters';
import { PupilsGrid } from './PupilsGrid';

export interface PupilsPageProps {
  organizationName: string;
  divisions: string[];
  /** Administrators (viewerRole ADMIN): the import and the pupils' accounts. */
  canManage: boolean;
  /** The current page; null before the first answer. */
  rows: Pupil[] | null;
  totalCount: number;
  loading: boolean;
  error: unknown;
  query: PupilsQueryState;
  /** Receives an update of the current query (several may come at once, e.g. a sort and its page reset). */
  onQueryChange: (update: (query: PupilsQueryState) => PupilsQueryState) => void;
  importState: SiecleImportState;
  onImportStart: (file: File) => void;
  onImportReset: () => void;
  /** Each rejects with the server's error. */
  onGenerate: (learnerIds: string[]) => Promise<GeneratedCredentials>;
  onResetPassword: (pupil: Pupil) => Promise<PupilCredentials>;
  onGenerateUsername: (pupil: Pupil) => Promise<SingleGeneration>;
}

/**
 * "Élèves" (props only): the pupils of a school in a data grid (pages, sorting, class filter
 * and search on the server) and, for administrators, the SIECLE import and the accounts.
 */
export function PupilsPage(props: PupilsPageProps) {
  const { organizationName, divisions, canManage, rows, totalCount, loading, error, query, onQueryChange, importState } = props;
  const { t } = useTranslation();
  const [importOpen, setImportOpen] = useState(false);
  const [selectedIds, setSelectedIds] = useState<string[]>([]);
  const [confirmOpen, setConfirmOpen] = useState(false);
  const [generating, setGenerating] = useState(false);
  const [generateError, setGenerateError] = useState<unknown>(null);
  const [generated, setGenerated] = useState<GeneratedCredentials | null>(null);
  const [generatedOpen, setGeneratedOpen] = useState(false);
  const [managed, setManaged] = useState<Pupil | null>(null);
  const [manageOpen, setManageOpen] = useState(false);

  // Another page, class, search or order: the selection (of the current page) starts again.
  const changeQuery = (next: Partial<PupilsQueryState>) => {
    setSelectedIds([]);
    onQueryChange((current) => ({ ...current, ...next }));
  };

  const manage = useCallback((pupil: Pupil) => {
    setManaged(pupil);
    setManageOpen(true);
  }, []);

  const generate = async () => {
    setGenerating(true);
    setGenerateError(null);
    try {
      const result = await props.onGenerate(selectedIds);
      setConfirmOpen(false);
      setSelectedIds([]);
      setGenerated(result);
      setGeneratedOpen(true);
    } catch (caught) {
      setGenerateError(caught);
    } finally {
      setGenerating(false);
    }
  };

  const importButton = (
    <Button variant="contained" startIcon={<UploadFile />} onClick={() => setImportOpen(true)}>
      {t('console.pupils.import.open')}
    </Button>
  );
  const noPupilAtAll = rows !== null && totalCount === 0 && !query.division && !query.search;

  return (
    <Box component="section" aria-labelledby="pupils-title">
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', justifyContent: 'space-between', gap: 2, mb: 3 }}>
        <Box sx={{ minWidth: 0 }}>
          <Typography variant="h1" id="pupils-title">
            {t('console.pupils.title')}
          </Typography>
          <Typography color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
            {organizationName}
          </Typography>
        </Box>
        {canManage && !noPupilAtAll && importButton}
      </Box>

      <ErrorAlert error={error} sx={{ mb: 3 }} />

      {noPupilAtAll ? (
        <PupilsEmptyState canImport={canManage} action={importButton} />
      ) : (
        <>
          <Box sx={{ mb: 2 }}>
            <PupilsFilters
              divisions={divisions}
              division={query.division}
              onDivisionChange={(division) => changeQuery({ division, page: 0 })}
              onSearchChange={(search) => {
                if (search !== query.search) changeQuery({ search, page: 0 });
              }}
            />
          </Box>
          <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: 2, mb: 1 }}>
            <Typography variant="h2" id="pupils-list-title">
              {t('console.pupils.listTitle', { count: totalCount })}
            </Typography>
            {canManage && (
              <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1 }}>
                <Typography id="pupils-selection-hint" variant="body2" color="text.secondary">
                  {t('console.pupils.generate.hint')}
                </Typography>
                <Button
                  variant="outlined"
                  disabled={selectedIds.length === 0}
                  aria-describedby="pupils-selection-hint"
                  onClick={() => {
                    setGenerateError(null);
                    setConfirmOpen(true);
                  }}
                >
                  {t('console.pupils.generate.open', { count: selectedIds.length })}
                </Button>
              </Box>
            )}
          </Box>
          <PupilsGrid
            labelledBy="pupils-list-title"
            rows={rows ?? []}
            totalCount={totalCount}
            loading={loading}
            query={query}
            canManage={canManage}
            selectedIds={selectedIds}
            onSelectionChange={setSelectedIds}
            onPageChange={(page, pageSize) => changeQuery(pageSize !== query.pageSize ? { page: 0, pageSize } : { page })}
            onSortChange={(orderBy) => changeQuery({ orderBy, page: 0 })}
            onManage={manage}
          />
        </>
      )}

      {canManage && (
        <>
          <ImportSiecleDialog
            open={importOpen}
            state={importState}
            onStart={props.onImportStart}
            onReset={props.onImportReset}
            onClose={() => setImportOpen(false)}
          />
          <GenerateUsernamesDialog
            open={confirmOpen}
            count={selectedIds.length}
            busy={generating}
            error={generateError}
            onCancel={() => setConfirmOpen(false)}
            onConfirm={() => void generate()}
          />
          <CredentialsDialog open={generatedOpen} organizationName={organizationName} result={generated} onClose={() => setGeneratedOpen(false)} />
          <ManageAccountDialog
            open={manageOpen}
            pupil={managed}
            onResetPassword={props.onResetPassword}
            onGenerateUsername={props.onGenerateUsername}
            onClose={() => setManageOpen(false)}
          />
        </>
      )}
    </Box>
  );
}
