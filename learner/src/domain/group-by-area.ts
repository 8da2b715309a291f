interface WithArea {
  competence: { code: string; area: { id: string; code: string } };
}

export interface AreaGroup<T extends WithArea> {
  area: T['competence']['area'];
  items: T[];
}

const byCode = (a: string, b: string) => a.localeCompare(b, 'fr', { numeric: true });

/** Competences grouped by area, areas and competences in the order of their codes. */
export function groupByArea<T extends WithArea>(items: readonly T[]): AreaGroup<T>[] {
  const groups = new Map<string, AreaGroup<T>>();
  for (const item of items) {
    const area = item.competence.area;
    let group = groups.get(area.id);
    if (!group) {
      group = { area, items: [] };
      groups.set(area.id, group);
    }
    group.items.push(item);
  }
  return [...groups.values()]
    .sort((a, b) => byCode(a.area.code, b.area.code))
    .map((group) => ({ ...group, items: [...group.items].sort((a, b) => byCode(a.competence.code, b.competence.code)) }));
}
