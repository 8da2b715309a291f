/** A GraphQL ID as the database's integer key (1 to 2³¹−1), or the caller's error: what no row can have is refused before any read. */
export function numericId(value: string | null | undefined, error: () => Error): number {
  const id = Number(value);
  if (!value || !Number.isInteger(id) || id <= 0 || id > 2_147_483_647) throw error();
  return id;
}
