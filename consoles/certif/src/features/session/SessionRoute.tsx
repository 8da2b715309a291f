import PictureAsPdf from '@mui/icons-material/PictureAsPdf';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Link from '@mui/material/Link';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Typography from '@mui/material/Typography';
import { useMutation, useQuery } from '@apollo/client/react';
import { ConfirmDialog, downloadWithToken, ErrorAlert, PageLoader, useDocumentTitle, useSession, type ApiError } from '@pix-libre/ui-shared';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate, useParams } from 'react-router';
import type { CandidateFieldsFragment } from '../../__generated__/graphql';
import { urls } from '../../urls';
import { SessionForm } from '../sessions/SessionForm';
import { DeleteSessionMutation, UpdateSessionMutation } from '../sessions/sessions.graphql';
import { AddCandidateDialog } from './components/AddCandidateDialog';
import { CandidatesTable } from './components/CandidatesTable';
import { EnrolPupilsDialog } from './components/EnrolPupilsDialog';
import { ExtraTimeDialog } from './components/ExtraTimeDialog';
import { ImportCandidatesDialog } from './components/ImportCandidatesDialog';
import { SessionDetails } from './components/SessionDetails';
import { importCandidatesFile, type CandidatesImportReport } from './import-candidates';
import { AddCandidateMutation, CertificationCountriesQuery, EnrolStudentsMutation, RemoveCandidateMutation, SessionQuery, UpdateCandidateMutation } from './session.graphql';

type Dialogs = 'edit' | 'delete' | 'enrol' | 'add' | 'import' | 'remove' | null;

/** A session's page: "Détails" (number, codes, edit, delete) and "Candidats", and its two documents. */
export function SessionRoute() {
  const { centerId = '', sessionId = '' } = useParams();
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const session = useSession();
  const tabsId = useId();
  const [tab, setTab] = useState<'details' | 'candidates'>('details');
  const [dialog, setDialog] = useState<Dialogs>(null);
  const [target, setTarget] = useState<CandidateFieldsFragment | null>(null);
  const [extraTimeFor, setExtraTimeFor] = useState<CandidateFieldsFragment | null>(null);
  const [notice, setNotice] = useState('');
  const [documentError, setDocumentError] = useState<string | null>(null);
  const [importState, setImportState] = useState<{ sending: boolean; report: CandidatesImportReport | null; errors: ApiError[] | null }>({ sending: false, report: null, errors: null });
  const { data, loading, error, refetch } = useQuery(SessionQuery, { variables: { sessionId }, fetchPolicy: 'cache-and-network' });
  const [update, updateState] = useMutation(UpdateSessionMutation);
  const [remove, removeState] = useMutation(DeleteSessionMutation);
  const [enrol, enrolState] = useMutation(EnrolStudentsMutation);
  const [add, addState] = useMutation(AddCandidateMutation);
  const [updateCandidate, updateCandidateState] = useMutation(UpdateCandidateMutation);
  const [removeCandidate, removeCandidateState] = useMutation(RemoveCandidateMutation);
  const countries = useQuery(CertificationCountriesQuery, { skip: dialog !== 'add' });
  const current = data?.certificationSession;
  useDocumentTitle(current ? t('console.session.documentTitle', { number: current.number }) : t('console.sessions.documentTitle'));
  if (loading && !current) return <PageLoader />;
  if (!current) return <ErrorAlert error={error} />;
  const isSco = current.certificationCenter.type === 'SCO';
  const close = () => setDialog(null);
  const attempt = async (action: () => Promise<unknown>, message: string) => {
    try {
      await action();
      close();
      setNotice(message);
      await refetch();
    } catch {
      /* the dialog shows the mutation's error */
    }
  };
  const download = async (kind: 'feuille-emargement' | 'pv-incident') => {
    setDocumentError(null);
    const fileName = kind === 'feuille-emargement' ? `feuille-d-emargement-session-${current.number}.pdf` : `pv-d-incident-session-${current.number}.pdf`;
    try {
      await downloadWithToken(session, urls.sessionDocument(current.id, kind), fileName, i18n.language);
    } catch {
      setDocumentError(t('console.session.documents.failed'));
    }
  };
  return (
    <Box component="section" aria-labelledby="session-title">
      <Link component={RouterLink} to={urls.sessions(centerId)}>
        {t('console.session.back')}
      </Link>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', justifyContent: 'space-between', gap: 2, my: 2 }}>
        <Box sx={{ minWidth: 0 }}>
          <Typography variant="h1" id="session-title">
            {t('console.session.title', { number: current.number })}
          </Typography>
          <Typography color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
            {current.certificationCenter.name}
          </Typography>
        </Box>
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1 }}>
          <Button variant="outlined" startIcon={<PictureAsPdf />} onClick={() => void download('feuille-emargement')}>
            {t('console.session.documents.attendance')}
          </Button>
          <Button variant="outlined" startIcon={<PictureAsPdf />} onClick={() => void download('pv-incident')}>
            {t('console.session.documents.incident')}
          </Button>
          {current.state === 'CREATED' && (
            <Button variant="contained" component={RouterLink} to={urls.sessionFinalization(current.id)}>
              {t('console.session.finalize')}
            </Button>
          )}
        </Box>
      </Box>
      {documentError && (
        <Alert severity="error" sx={{ mb: 2 }}>
          {documentError}
        </Alert>
      )}
      {!current.isEditable && current.lockReason && (
        <Alert severity="info" sx={{ mb: 2 }}>
          {current.lockReason}
        </Alert>
      )}
      <Box role="status" sx={{ mb: notice ? 2 : 0 }}>
        {notice && <Alert severity="success">{notice}</Alert>}
      </Box>
      <Tabs value={tab} onChange={(_event, value) => setTab(value)} aria-label={t('console.session.tabs.label')} variant="scrollable" allowScrollButtonsMobile>
        <Tab value="details" label={t('console.session.tabs.details')} id={`${tabsId}-details`} aria-controls={`${tabsId}-details-panel`} />
        <Tab value="candidates" label={t('console.session.tabs.candidates', { count: current.candidates.length })} id={`${tabsId}-candidates`} aria-controls={`${tabsId}-candidates-panel`} />
      </Tabs>
      <Box role="tabpanel" id={`${tabsId}-details-panel`} aria-labelledby={`${tabsId}-details`} hidden={tab !== 'details'} sx={{ pt: 3 }}>
        {tab === 'details' && (
          <>
            <SessionDetails session={current} />
            {current.isEditable && (
              <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, mt: 3 }}>
                <Button variant="contained" onClick={() => setDialog('edit')}>
                  {t('console.session.edit')}
                </Button>
                <Button variant="outlined" color="secondary" onClick={() => setDialog('delete')}>
                  {t('console.session.delete')}
                </Button>
              </Box>
            )}
          </>
        )}
      </Box>
      <Box role="tabpanel" id={`${tabsId}-candidates-panel`} aria-labelledby={`${tabsId}-candidates`} hidden={tab !== 'candidates'} sx={{ pt: 3 }}>
        {tab === 'candidates' && (
          <>
            <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: 1, mb: 2 }}>
              <Typography variant="h2" id="candidates-title">
                {t('console.session.candidates.title', { count: current.candidates.length })}
              </Typography>
              {current.isEditable && (
                <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1 }}>
                  {isSco ? (
                    <Button variant="contained" onClick={() => setDialog('enrol')}>
                      {t('console.session.enrol.open')}
                    </Button>
                  ) : (
                    <>
                      <Button variant="contained" onClick={() => setDialog('add')}>
                        {t('console.session.add.open')}
                      </Button>
                      <Button
                        variant="outlined"
                        onClick={() => {
                          setImportState({ sending: false, report: null, errors: null });
                          setDialog('import');
                        }}
                      >
                        {t('console.session.import.open')}
                      </Button>
                    </>
                  )}
                </Box>
              )}
            </Box>
            <CandidatesTable
              labelledBy="candidates-title"
              candidates={current.candidates}
              editable={current.isEditable}
              busy={updateCandidateState.loading || removeCandidateState.loading}
              onEditExtraTime={(candidate) => {
                updateCandidateState.reset();
                setExtraTimeFor(candidate);
              }}
              onRemove={(candidate) => {
                setTarget(candidate);
                setDialog('remove');
              }}
            />
          </>
        )}
      </Box>

      <Dialog open={dialog === 'edit'} onClose={close} aria-labelledby="edit-session-title" maxWidth="sm" fullWidth scroll="paper">
        <DialogTitle id="edit-session-title">{t('console.session.editTitle', { number: current.number })}</DialogTitle>
        <DialogContent dividers>
          <SessionForm
            initial={{ address: current.address, room: current.room, date: current.date, time: current.time, examiner: current.examiner, description: current.description }}
            submitLabel={t('console.session.save')}
            submitting={updateState.loading}
            serverError={updateState.error}
            onCancel={close}
            onSubmit={(values) => void attempt(() => update({ variables: { input: { ...values, sessionId: current.id } } }), t('console.session.notices.saved'))}
          />
        </DialogContent>
      </Dialog>
      <ConfirmDialog
        open={dialog === 'delete'}
        title={t('console.session.deleteTitle', { number: current.number })}
        text={t('console.session.deleteText')}
        confirmLabel={t('console.session.delete')}
        busy={removeState.loading}
        onCancel={close}
        onConfirm={() =>
          void remove({ variables: { sessionId: current.id } })
            .then(() => navigate(urls.sessions(centerId)))
            .catch(() => close())
        }
      />
      <ErrorAlert error={removeState.error} sx={{ mt: 2 }} />
      <ConfirmDialog
        open={dialog === 'remove'}
        title={target ? t('console.session.candidates.removeTitle', { name: `${target.firstName} ${target.lastName}` }) : ''}
        text={t('console.session.candidates.removeText')}
        confirmLabel={t('console.session.candidates.remove')}
        busy={removeCandidateState.loading}
        onCancel={close}
        onConfirm={() => target && void attempt(() => removeCandidate({ variables: { candidateId: target.id } }), t('console.session.notices.removed', { name: `${target.firstName} ${target.lastName}` }))}
      />
      <ErrorAlert error={removeCandidateState.error} sx={{ mt: 2 }} />
      <ExtraTimeDialog
        candidate={extraTimeFor}
        submitting={updateCandidateState.loading}
        serverError={updateCandidateState.error}
        onClose={() => setExtraTimeFor(null)}
        onSubmit={async (percentage) => {
          try {
            await updateCandidate({ variables: { input: { candidateId: extraTimeFor!.id, extraTimePercentage: percentage } } });
            setNotice(t('console.session.notices.extraTime', { name: `${extraTimeFor!.firstName} ${extraTimeFor!.lastName}`, percentage }));
            setExtraTimeFor(null);
          } catch {
            /* shown in the dialog */
          }
        }}
      />
      {isSco ? (
        <EnrolPupilsDialog
          open={dialog === 'enrol'}
          sessionId={current.id}
          submitting={enrolState.loading}
          serverError={enrolState.error}
          onClose={close}
          onSubmit={(learnerIds) =>
            void attempt(() => enrol({ variables: { input: { sessionId: current.id, organizationLearnerIds: learnerIds } } }), t('console.session.notices.enrolled', { count: learnerIds.length }))
          }
        />
      ) : (
        <>
          <AddCandidateDialog
            open={dialog === 'add'}
            submitting={addState.loading}
            serverError={addState.error}
            countries={countries.data?.certificationCountries ?? []}
            onClose={close}
            onSubmit={(input) => void attempt(() => add({ variables: { input: { ...input, sessionId: current.id } } }), t('console.session.notices.added'))}
          />
          <ImportCandidatesDialog
            open={dialog === 'import'}
            sending={importState.sending}
            report={importState.report}
            errors={importState.errors}
            onClose={close}
            onSubmit={async (file) => {
              setImportState({ sending: true, report: null, errors: null });
              try {
                const result = await importCandidatesFile(session, current.id, file, i18n.language);
                setImportState({ sending: false, report: result.report ?? null, errors: result.errors ?? null });
                if (result.report?.importedCount) await refetch();
              } catch {
                setImportState({ sending: false, report: null, errors: [{ message: t('shared.errors.network') }] });
              }
            }}
          />
        </>
      )}
    </Box>
  );
}
