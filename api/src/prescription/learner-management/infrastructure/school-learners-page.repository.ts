import type { EntityManager } from '@mikro-orm/postgresql';
import { knexOf } from '../../../shared/infrastructure/database/knex-of';
import type { SchoolLearnerRecord } from '../domain/school-learner-record';

const COLUMNS = `ol.id, ol.national_student_id as "nationalStudentId", ol.first_name as "firstName", ol.last_name as "lastName",
  to_char(ol.birthdate, 'YYYY-MM-DD') as birthdate, ol.division, ol.is_disabled as "hasLeft", ol.user_id as "userId"`;

/** A page of a school's pupil records by id, with the total: ONE statement, whatever the size of the school. */
export async function schoolLearnersPage(em: EntityManager, organizationId: number, limit: number, offset: number): Promise<{ rows: SchoolLearnerRecord[]; total: number }> {
  const result = await knexOf(em).raw<{ rows: { total: string | number; rows: SchoolLearnerRecord[] | null }[] }>(
    `with page as (select ${COLUMNS} from organization_learners ol where ol.organization_id = :organizationId order by ol.id limit :limit offset :offset)
     select (select count(*) from organization_learners where organization_id = :organizationId) as total,
            (select json_agg(page order by page.id) from page) as rows`,
    { organizationId, limit, offset },
  );
  return { rows: result.rows[0].rows ?? [], total: Number(result.rows[0].total) };
}

/** These pupil records (one statement). */
export async function learnerRecordsByIds(em: EntityManager, ids: readonly number[]): Promise<SchoolLearnerRecord[]> {
  const result = await knexOf(em).raw<{ rows: SchoolLearnerRecord[] }>(`select ${COLUMNS} from organization_learners ol where ol.id = any(?::int[])`, [[...ids]]);
  return result.rows;
}
