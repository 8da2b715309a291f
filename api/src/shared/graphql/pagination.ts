import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { BadUserInputError } from '../domain/errors';

export const MAX_PAGE_SIZE = 100;

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { nullable: true, description: 'Number of items (1 to 100, 20 by default).' })
  first?: number;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item of the previous page.' })
  after?: string;

  @Field(() => Int, { nullable: true, description: 'Items to skip, for a jump to a page of a data grid (when no cursor is given).' })
  offset?: number;
}

@ObjectType()
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

/** Relay-style connection type for any node type. */
export function Connection<T extends object>(nodeType: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field(() => nodeType)
    node!: T;

    @Field(() => String)
    cursor!: string;
  }

  @ObjectType()
  abstract class ConnectionType {
    @Field(() => Int)
    totalCount!: number;

    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;
  }
  return ConnectionType;
}

/** Offsets are encoded in opaque cursors; the page size is bounded. */
export function pageWindow(args: ConnectionArgs): { limit: number; offset: number } {
  const limit = args.first ?? 20;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE)
    throw new BadUserInputError('first', 'errors.field.pageSize', { max: MAX_PAGE_SIZE });
  let offset = args.offset ?? 0;
  if (!Number.isInteger(offset) || offset < 0) throw new BadUserInputError('offset', 'errors.field.invalidCursor');
  if (args.after) {
    const decoded = Buffer.from(args.after, 'base64url').toString('utf8');
    const match = /^offset:(\d+)$/.exec(decoded);
    if (!match) throw new BadUserInputError('after', 'errors.field.invalidCursor');
    offset = Number(match[1]) + 1;
  }
  return { limit, offset };
}

export function toConnection<T>(nodes: T[], totalCount: number, offset: number) {
  const edges = nodes.map((node, i) => ({ node, cursor: Buffer.from(`offset:${offset + i}`).toString('base64url') }));
  return {
    totalCount,
    edges,
    pageInfo: { hasNextPage: offset + nodes.length < totalCount, endCursor: edges.at(-1)?.cursor ?? null },
  };
}
