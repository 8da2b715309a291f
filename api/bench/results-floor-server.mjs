// Floor of the collective-results benchmark: the reads of `campaign(id) { collectiveResults }` by
// hand-written SQL through pg behind bare node:http, same pool size, same JSON answer: the viewer's
// memberships, the campaign, its skills with their competence, and the sums over the read model of
// shared participations; the rule (average, mastery, order by code) in a few lines of JS. No GraphQL,
// no ORM, no token check (the viewer's id comes in a header).
//   GET /?campaign=12   with x-user-id
import http from 'node:http';
import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DATABASE_POOL_MAX ?? 20) });
const byCode = (a, b) => a.code.localeCompare(b.code, 'fr', { numeric: true });

const server = http.createServer(async (req, res) => {
  if (req.url === '/healthz') return res.end('ok');
  try {
    const campaignId = Number(new URL(req.url, 'http://floor').searchParams.get('campaign'));
    const userId = Number(req.headers['x-user-id']);
    const [memberships, campaign, targets, sums] = await Promise.all([
      pool.query('select organization_id from memberships where user_id = $1', [userId]),
      pool.query('select id, organization_id, type from campaigns where id = $1', [campaignId]),
      pool.query(
        `select c.id, c.code, c.name, a.code as area_code, a.name as area_name, count(*)::int as targeted
         from campaign_skills cs join skills s on s.id = cs.skill_id join competences c on c.id = s.competence_id join areas a on a.id = c.area_id
         where cs.campaign_id = $1 group by c.id, c.code, c.name, a.code, a.name`,
        [campaignId],
      ),
      pool.query(
        `select null as competence_id, count(*)::int as n from campaign_participations p where p.campaign_id = $1 and p.status = 'SHARED' and not p.is_improved and p.deleted_at is null
         union all
         select r.competence_id, sum(r.validated_skills_count)::int from campaign_participation_competences r where r.campaign_id = $1 group by r.competence_id`,
        [campaignId],
      ),
    ]);
    const organizationId = campaign.rows[0]?.organization_id;
    if (!memberships.rows.some((m) => m.organization_id === organizationId)) {
      res.statusCode = 403;
      return res.end('{}');
    }
    const shared = sums.rows.find((r) => r.competence_id === null).n;
    const validated = new Map(sums.rows.filter((r) => r.competence_id !== null).map((r) => [r.competence_id, r.n]));
    const competences = targets.rows.sort(byCode).map((t) => {
      const validatedSkillsCount = validated.get(t.id) ?? 0;
      const averageValidatedSkills = shared ? validatedSkillsCount / shared : 0;
      return {
        competence: { code: t.code, name: t.name },
        areaCode: t.area_code,
        areaName: t.area_name,
        targetedSkillsCount: t.targeted,
        validatedSkillsCount,
        averageValidatedSkills,
        masteryRate: t.targeted ? averageValidatedSkills / t.targeted : 0,
      };
    });
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ data: { campaign: { id: String(campaignId), collectiveResults: { sharedParticipationsCount: shared, competences } } } }));
  } catch (error) {
    res.statusCode = 500;
    res.end(String(error));
  }
});
server.listen(Number(process.env.PORT), '127.0.0.1');
process.on('SIGTERM', () => server.close(() => pool.end().then(() => process.exit(0))));
