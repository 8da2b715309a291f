import { Kind, type DocumentNode, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';

/** What a query asks for once its fragments are expanded: measured in one pass, before validation. */
export interface QueryShape {
  /** The largest operation of the document: its fields (fragments expanded) and its depth. */
  fields: number;
  depth: number;
  /** The response name met most often in one selection set, and how often. */
  mostRepeated: { name: string; count: number } | null;
}

interface SetShape {
  fields: number;
  depth: number;
  /** Response name → occurrences at this level (inline fragments and spreads merged in). */
  names: Map<string, number>;
}

const EMPTY: SetShape = { fields: 0, depth: 0, names: new Map() };

/**
 * Fields, depth and repetitions of each operation, fragments expanded. Each fragment is measured
 * once (a fragment spread 2^n times costs n steps); a fragment cycle or an unknown fragment counts
 * as empty here, and graphql's own rules report it. Depth is counted as the graphql-depth-limit package counts it: a field with
 * a selection adds one level, introspection fields (`__schema`…) do not.
 */
export function measureQuery(document: DocumentNode): QueryShape {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const measured = new Map<string, SetShape>();
  const inProgress = new Set<string>();
  const shape: QueryShape = { fields: 0, depth: 0, mostRepeated: null };

  const fragmentShape = (name: string): SetShape => {
    const known = measured.get(name);
    if (known) return known;
    const fragment = fragments.get(name);
    if (!fragment || inProgress.has(name)) return EMPTY;
    inProgress.add(name);
    const result = selectionSetShape(fragment.selectionSet, false);
    inProgress.delete(name);
    measured.set(name, result);
    return result;
  };

  const merge = (into: Map<string, number>, from: Map<string, number>) => {
    for (const [name, count] of from) into.set(name, (into.get(name) ?? 0) + count);
  };

  /** `complete`: a field's own selection, whose repetitions are final (a fragment's merge into its parent's). */
  function selectionSetShape(selectionSet: SelectionSetNode, complete: boolean): SetShape {
    const result: SetShape = { fields: 0, depth: 0, names: new Map() };
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const responseName = selection.alias?.value ?? selection.name.value;
        result.names.set(responseName, (result.names.get(responseName) ?? 0) + 1);
        result.fields += 1;
        if (selection.selectionSet) {
          const child = selectionSetShape(selection.selectionSet, true);
          result.fields += child.fields;
          if (!selection.name.value.startsWith('__')) result.depth = Math.max(result.depth, 1 + child.depth);
        }
      } else {
        const child = selection.kind === Kind.INLINE_FRAGMENT ? selectionSetShape(selection.selectionSet, false) : fragmentShape(selection.name.value);
        result.fields += child.fields;
        result.depth = Math.max(result.depth, child.depth);
        merge(result.names, child.names);
      }
    }
    if (complete) {
      for (const [name, count] of result.names) {
        if (count > (shape.mostRepeated?.count ?? 1)) shape.mostRepeated = { name, count };
      }
    }
    return result;
  }

  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    const operation = selectionSetShape(definition.selectionSet, true);
    shape.fields = Math.max(shape.fields, operation.fields);
    shape.depth = Math.max(shape.depth, operation.depth);
  }
  return shape;
}
