import { renderWithProviders } from '@pix-libre/ui-shared/src/testing/render';
import { configure, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { orgaResources } from '../../../i18n';
import { CampaignCsvExportUrlQuery } from '../campaign-results.graphql';
import { openDownload } from '../open-download';
import { ASSESSMENT_ID, exportUrlMock } from '../testing/campaign-results-fixtures';
import { ExportResultsButton } from './ExportResultsButton';

jest.mock('../open-download', () => ({ openDownload: jest.fn() }));

configure({ asyncUtilTimeout: 3000 });

const opened = openDownload as jest.MockedFunction<typeof openDownload>;
const exportUrl = (token: string) => `https://pix.example.fr/api/exports/campagnes/${ASSESSMENT_ID}/resultats.csv?token=${token}`;

beforeEach(() => opened.mockClear());

describe('"Exporter les résultats (.csv)"', () => {
  it('asks for a fresh link at each click and opens it', async () => {
    const user = userEvent.setup();
    renderWithProviders(<ExportResultsButton campaignId={ASSESSMENT_ID} />, {
      resources: orgaResources,
      mocks: [exportUrlMock(ASSESSMENT_ID, 'first'), exportUrlMock(ASSESSMENT_ID, 'second')],
    });

    const button = screen.getByRole('button', { name: 'Exporter les résultats (.csv)' });
    await user.click(button);
    await waitFor(() => expect(opened).toHaveBeenCalledWith(exportUrl('first')));
    await user.click(button);
    // Not the cached link (it expires within minutes): the server is asked again.
    await waitFor(() => expect(opened).toHaveBeenLastCalledWith(exportUrl('second')));
    expect(opened).toHaveBeenCalledTimes(2);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says when the link could not be had', async () => {
    const user = userEvent.setup();
    renderWithProviders(<ExportResultsButton campaignId={ASSESSMENT_ID} />, {
      resources: orgaResources,
      mocks: [
        {
          request: { query: CampaignCsvExportUrlQuery, variables: { campaignId: ASSESSMENT_ID } },
          result: { errors: [new GraphQLError("Vous n'avez pas accès à cette campagne.", { extensions: { code: 'FORBIDDEN' } })] },
        },
      ],
    });

    await user.click(screen.getByRole('button', { name: 'Exporter les résultats (.csv)' }));
    expect(await screen.findByRole('alert')).toHaveTextContent("L'export n'a pas pu être préparé. Réessayez dans un instant. Vous n'avez pas accès à cette campagne.");
    expect(opened).not.toHaveBeenCalled();
  });

  it('says so when the network fails', async () => {
    const user = userEvent.setup();
    renderWithProviders(<ExportResultsButton campaignId={ASSESSMENT_ID} />, {
      resources: orgaResources,
      mocks: [{ request: { query: CampaignCsvExportUrlQuery, variables: { campaignId: ASSESSMENT_ID } }, error: new Error('Failed to fetch') }],
      language: 'en',
    });

    await user.click(screen.getByRole('button', { name: 'Export the results (.csv)' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The export could not be prepared. Try again in a moment.');
    expect(opened).not.toHaveBeenCalled();
  });
});
