import { Client } from 'pg';
import { CampaignParticipationRepository } from '../../src/prescription/campaign-participation/infrastructure/campaign-participation.repository';
import { buildCampaign } from '../../src/seeds/database-builder';
import { buildResultsCampaign, participate, pupilWithAccount, type ResultsCampaignFixture } from '../helpers/results-fixtures';
import { buildSchools, type Schools } from '../helpers/school-fixtures';
import { startTestApi, TestClock, type TestApi } from '../helpers/test-api';

const URL_OF = `query U($id: ID!) { campaign(id: $id) { csvExportUrl } }`;
const LINK_REFUSED = /^Ce lien de téléchargement n'est pas valable ou a expiré/;

/** A CSV as spreadsheet software reads it: `;`, CRLF, double quotes around cells that need them. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), (i += 1);
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ';') row.push(cell), (cell = '');
    else if (c === '\r' && text[i + 1] === '\n') rows.push([...row, cell]), (row = []), (cell = ''), (i += 1);
    else cell += c;
  }
  if (cell || row.length) rows.push([...row, cell]);
  return rows;
}

describe('"Exporter les résultats (.csv)": a signed link to a streamed file', () => {
  let api: TestApi;
  let db: Client;
  let schools: Schools;
  let campaign: ResultsCampaignFixture;
  const clock = new TestClock(new Date('2026-09-10T14:05:00Z'));

  beforeAll(async () => {
    api = await startTestApi({ clock });
    db = new Client({ connectionString: api.databaseUrl });
    await db.connect();
    schools = await buildSchools(api);
    campaign = await buildResultsCampaign(api, schools);
  });
  afterAll(async () => {
    await db.end();
    await api.stop();
  });

  /** The link the API gives, on the test server's origin. */
  const linkFor = async (campaignId: number, token: string) => {
    const response = await api.gql(URL_OF, { id: String(campaignId) }, { token });
    if (response.errors) throw new Error(JSON.stringify(response.errors));
    const url = new URL(response.data!.campaign.csvExportUrl);
    return `${api.url}${url.pathname}${url.search}`;
  };
  const download = (url: string, headers: Record<string, string> = {}) => fetch(url, { headers });

  it('downloads the assessment results with the BOM, semicolons, French cells and NA where nothing was sent', async () => {
    const url = await linkFor(campaign.id, schools.people.teacher.token);
    expect(url).toMatch(new RegExp(`/exports/campagnes/${campaign.id}/resultats\\.csv\\?token=`));
    const response = await download(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    // 14:05 UTC is 16:05 in Paris; the accented name is given exactly through filename*.
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="Resultats-Rentree _ 2NDE-${campaign.id}-2026-09-10-1605.csv"; filename*=UTF-8''Resultats-Rentr%C3%A9e%20%E2%80%93%202NDE-${campaign.id}-2026-09-10-1605.csv`,
    );
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = parseCsv(bytes.toString('utf8').slice(1));
    expect(header.slice(0, 14)).toEqual([
      "Nom de l'organisation", 'ID Campagne', 'Code', 'Nom de la campagne', 'Parcours', 'Nom du Participant', 'Prénom du Participant', 'Classe', "Numéro d'élève",
      '% de progression', 'Date de début', 'Partage (O/N)', 'Date du partage', "% maitrise de l'ensemble des acquis du profil",
    ]);
    expect(header.slice(14)).toEqual([
      "% de maitrise des acquis de la compétence Mener une recherche et une veille d'information",
      "Nombre d'acquis du profil cible dans la compétence Mener une recherche et une veille d'information",
      "Acquis maitrisés dans la compétence Mener une recherche et une veille d'information",
      '% de maitrise des acquis de la compétence Protéger les données personnelles et la vie privée',
      "Nombre d'acquis du profil cible dans la compétence Protéger les données personnelles et la vie privée",
      'Acquis maitrisés dans la compétence Protéger les données personnelles et la vie privée',
      '% de maitrise des acquis du domaine Information et données',
      "Nombre d'acquis du profil cible du domaine Information et données",
      'Acquis maitrisés du domaine Information et données',
      '% de maitrise des acquis du domaine Protection et sécurité',
      "Nombre d'acquis du profil cible du domaine Protection et sécurité",
      'Acquis maitrisés du domaine Protection et sécurité',
    ]);
    expect(rows).toHaveLength(5);
    expect(rows.every((r) => r.length === header.length)).toBe(true);
    // Pupils by last name; a formula in a name or an external identifier is neutralised by a leading quote.
    expect(rows.map((r) => r[5])).toEqual(["'=SOMME(A1)", 'DURAND', 'MARTIN', 'PETIT', 'ROUX']);
    const [david, chloe, alice, bruno, emile] = rows;
    expect(alice.slice(0, 9)).toEqual(['Lycée Marie Curie', String(campaign.id), campaign.code, 'Rentrée – 2NDE', expect.any(String), 'MARTIN', 'Alice', '2NDE1', 'A-001']);
    expect(alice.slice(9)).toEqual(['1', '01/09/2026', 'Oui', '03/09/2026', '0,6', '0,67', '3', '2', '0,5', '2', '1', '0,67', '3', '2', '0,5', '2', '1']);
    expect(bruno.slice(9)).toEqual(['1', '02/09/2026', 'Oui', '04/09/2026', '0,2', '0,33', '3', '1', '0', '2', '0', '0,33', '3', '1', '0', '2', '0']);
    expect(chloe.slice(9)).toEqual(['1', '03/09/2026', 'Non', 'NA', 'NA', 'NA', '3', 'NA', 'NA', '2', 'NA', 'NA', '3', 'NA', 'NA', '2', 'NA']);
    expect(david[8]).toBe("'=cmd|/C calc");
    expect(david.slice(9, 14)).toEqual(['0,4', '04/09/2026', 'Non', 'NA', 'NA']);
    expect(emile.slice(9, 12)).toEqual(['0', '05/09/2026', 'Non']);
  });

  it('exports a profiles collection: the latest sending of each pupil, certifiable or not', async () => {
    const em = api.platform.services.orm.em.fork();
    const collection = await buildCampaign(em, { organizationId: schools.lyceeId, creatorId: schools.people.admin.id, type: 'PROFILES_COLLECTION', name: 'Terminales' });
    const content = api.platform.services.content.get();
    const upTo = (competences: string[], level: number) =>
      competences.flatMap((id) => content.activeSkillsOf(id).filter((s) => s.level <= level).map((s) => ({ skillId: s.id, status: 'validated' as const })));
    const ready = await pupilWithAccount(api, schools.lyceeId, { firstName: 'Inès', lastName: 'AUBERT', division: 'TG2' });
    const early = await pupilWithAccount(api, schools.lyceeId, { firstName: 'Jules', lastName: 'BLANC', division: 'TG2' });
    const five = ['1.1', '1.2', '2.1', '3.1', '4.1'];
    // Inès sent a profile of 2 competences, then, sent again, one of 5 (certifiable); Jules one competence.
    const first = await participate(api, { campaignId: collection.id, ...ready, organizationLearnerId: ready.learnerId, status: 'SHARED', knowledge: upTo(five.slice(0, 2), 3) });
    await participate(api, { campaignId: collection.id, ...early, organizationLearnerId: early.learnerId, status: 'SHARED', knowledge: upTo(['1.1'], 3) });
    // Sent again, as sendProfile does: the earlier sending is kept, improved, and leaves the collective read model.
    await new CampaignParticipationRepository(em).markImproved(first.id);
    await participate(api, { campaignId: collection.id, ...ready, organizationLearnerId: ready.learnerId, status: 'SHARED', knowledge: upTo(five, 3) });
    const readModel = await db.query('select campaign_participation_id as id, count(*)::int as n from campaign_participation_competences where campaign_id = $1 group by 1', [collection.id]);
    expect(readModel.rows.map((r) => r.id)).not.toContain(first.id);
    expect(readModel.rows.map((r) => r.n)).toEqual([16, 16]);

    const response = await download(await linkFor(collection.id, schools.people.admin.token));
    const [header, ...rows] = parseCsv((await response.text()).replace(/^\uFEFF/, ''));
    expect(header.slice(0, 12)).toEqual([
      "Nom de l'organisation", 'ID Campagne', 'Code', 'Nom de la campagne', 'Nom du Participant', 'Prénom du Participant', 'Classe',
      'Envoi (O/N)', "Date de l'envoi", 'Nombre de pix total', 'Certifiable (O/N)', 'Nombre de compétences certifiables',
    ]);
    expect(header).toHaveLength(12 + 2 * 16);
    expect(header[12]).toBe("Niveau pour la compétence Mener une recherche et une veille d'information");
    expect(rows.map((r) => [r[4], r[7], r[10], r[11]])).toEqual([
      ['AUBERT', 'Oui', 'Oui', '5'],
      ['BLANC', 'Oui', 'Non', '1'],
    ]);
    expect(Number(rows[1][12])).toBeGreaterThanOrEqual(1);
    expect(rows[1].slice(14).every((cell) => cell === '0')).toBe(true);
  });

  it('also serves a client sending its access token, and nobody without one', async () => {
    const path = `${api.url}/exports/campagnes/${campaign.id}/resultats.csv`;
    const withBearer = await download(path, { authorization: `Bearer ${schools.people.support.token}` });
    expect(withBearer.status).toBe(200);
    expect(parseCsv((await withBearer.text()).slice(1))).toHaveLength(6);
    const anonymous = await download(path);
    expect(anonymous.status).toBe(401);
    expect((await anonymous.json()).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('gives a teacher of another school nothing: not with the id, nor with a link made for someone else or another campaign', async () => {
    const path = `${api.url}/exports/campagnes/${campaign.id}/resultats.csv`;
    const outsider = await download(path, { authorization: `Bearer ${schools.people.otherSchool.token}` });
    expect(outsider.status).toBe(403);
    const body = await outsider.text();
    expect(body).not.toMatch(/MARTIN|Alice/);
    expect(JSON.parse(body).errors[0].message).toMatch(/droits nécessaires/);

    // The other school's own link, pointed at this campaign; the teacher's link with the viewer changed; a mangled signature.
    const own = await buildCampaign(api.platform.services.orm.em.fork(), { organizationId: schools.collegeId, creatorId: schools.people.otherSchool.id, type: 'PROFILES_COLLECTION' });
    const ownLink = new URL(await linkFor(own.id, schools.people.otherSchool.token));
    const teacherLink = new URL(await linkFor(campaign.id, schools.people.teacher.token));
    const [, expiry, signature] = teacherLink.searchParams.get('token')!.split('.');
    for (const token of [ownLink.searchParams.get('token')!, `${schools.people.otherSchool.id}.${expiry}.${signature}`, `${schools.people.teacher.id}.${Number(expiry) + 3600}.${signature}`, 'n-importe-quoi']) {
      const refused = await download(`${path}?token=${encodeURIComponent(token)}`);
      expect(refused.status).toBe(403);
      const error = (await refused.json()).errors[0];
      expect(error.extensions.code).toBe('FORBIDDEN');
      expect(error.message).toMatch(LINK_REFUSED);
    }
  });

  it('refuses a link once expired (5 minutes), and a link whose viewer has left the school since', async () => {
    const link = await linkFor(campaign.id, schools.people.teacher.token);
    clock.advance(4 * 60);
    expect((await download(link)).status).toBe(200);
    clock.advance(61);
    const expired = await download(link);
    expect(expired.status).toBe(403);
    expect((await expired.json()).errors[0].message).toMatch(LINK_REFUSED);

    const fresh = await linkFor(campaign.id, schools.people.teacher.token);
    await db.query('delete from memberships where user_id = $1', [schools.people.teacher.id]);
    const gone = await download(fresh);
    expect(gone.status).toBe(403);
    expect((await gone.json()).errors[0].extensions.code).toBe('FORBIDDEN');
  });
});
