import type { EntityManager } from '@mikro-orm/postgresql';
import { knexOf } from '../../shared/infrastructure/database/knex-of';
import type { MembershipRoleName } from '../domain/invitation-rules';
import type { TeamKind, TeamMembershipRow, TeamRef } from '../domain/team';
import { TEAM_STORES, type TeamStore } from './team-store';

/** The members of the teams of one kind (organisations by default, or certification centres). */
export class MembershipRepository {
  private readonly store: TeamStore;
  private readonly toRow: (r: any) => TeamMembershipRow;

  constructor(
    private readonly em: EntityManager,
    kind: TeamKind = 'ORGANIZATION',
  ) {
    this.store = TEAM_STORES[kind];
    const column = this.store.teamColumn;
    this.toRow = (r) => ({ id: r.id, teamId: r[column], userId: r.user_id, role: r.role });
  }

  private table() {
    return knexOf(this.em)(this.store.memberships);
  }

  /** Memberships of active teams only: the members of an archived organisation or centre can no longer act in it nor see it. */
  private ofActiveTeams() {
    const { memberships, teams, teamColumn } = this.store;
    return this.table().whereExists((q) =>
      q.select(knexOf(this.em).raw('1')).from(teams).whereRaw('??.id = ??.??', [teams, memberships, teamColumn]).whereNull(`${teams}.archived_at`),
    );
  }

  /** The team's name (null: no such team), and whether staff archived it. */
  async team(teamId: number): Promise<(TeamRef & { archived: boolean }) | null> {
    const row = await knexOf(this.em)(this.store.teams).where({ id: teamId }).first('id', 'name', 'archived_at');
    return row ? { id: row.id, name: row.name, archived: row.archived_at !== null } : null;
  }

  /** A person's membership of an active team (null: none, or the team is archived). */
  async find(teamId: number, userId: number): Promise<TeamMembershipRow | null> {
    const row = await this.ofActiveTeams().where({ [this.store.teamColumn]: teamId, user_id: userId }).first();
    return row ? this.toRow(row) : null;
  }

  async ofTeams(teamIds: readonly number[]): Promise<TeamMembershipRow[]> {
    return (await this.table().whereIn(this.store.teamColumn, teamIds as number[]).orderBy('id')).map(this.toRow);
  }

  /** The memberships of these accounts in active teams (the teams they may act in). */
  async ofUsers(userIds: readonly number[]): Promise<TeamMembershipRow[]> {
    return (await this.ofActiveTeams().whereIn('user_id', userIds as number[]).orderBy('id')).map(this.toRow);
  }

  async countOf(teamId: number): Promise<number> {
    const [{ n }] = await this.table().where({ [this.store.teamColumn]: teamId }).count({ n: '*' });
    return Number(n);
  }

  /** Adds the member, or sets the role of an existing one. */
  async upsert(teamId: number, userId: number, role: MembershipRoleName): Promise<TeamMembershipRow> {
    const [row] = await this.table()
      .insert({ [this.store.teamColumn]: teamId, user_id: userId, role })
      .onConflict([this.store.teamColumn, 'user_id'])
      .merge({ role })
      .returning('*');
    return this.toRow(row);
  }

  async findById(id: number): Promise<TeamMembershipRow | null> {
    const row = await this.table().where({ id }).first();
    return row ? this.toRow(row) : null;
  }

  /** The team's memberships, locked until the end of the transaction (two administrators demoting each other). */
  async lockOfTeam(teamId: number): Promise<Pick<TeamMembershipRow, 'id' | 'role'>[]> {
    return this.table().where({ [this.store.teamColumn]: teamId }).forUpdate().select('id', 'role');
  }

  async setRole(id: number, role: MembershipRoleName): Promise<TeamMembershipRow> {
    const [row] = await this.table().where({ id }).update({ role }).returning('*');
    return this.toRow(row);
  }

  async delete(id: number): Promise<void> {
    await this.table().where({ id }).delete();
  }
}
