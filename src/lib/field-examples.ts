/**
 * Examples for the data dictionary, read from the built data: for a field path (`place.parents[].name`), the first
 * value the rows really hold that says something (not null, not empty), shown short.
 */

/** Every value at `path` in `row`, arrays (`[]`) expanded. */
export function valuesAt(row: unknown, path: string): unknown[] {
  let current: unknown[] = [row];
  for (const part of path.split('.')) {
    const key = part.replace(/\[\]$/, '');
    const next: unknown[] = [];
    for (const v of current) {
      if (v === null || typeof v !== 'object' || Array.isArray(v)) continue;
      const child = (v as Record<string, unknown>)[key];
      if (part.endsWith('[]')) {
        if (Array.isArray(child)) next.push(...child);
      } else if (child !== undefined) next.push(child);
    }
    current = next;
  }
  return current;
}

const says = (v: unknown) =>
  v !== null && v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0) && !(typeof v === 'object' && !Array.isArray(v) && Object.keys(v as object).length === 0);

/** The first telling value at `path` among `rows`, as short JSON, or null when none of them holds one. */
export function exampleOf(rows: Iterable<unknown>, path: string, maxLength = 48): string | null {
  for (const row of rows) {
    for (const v of valuesAt(row, path)) {
      if (!says(v)) continue;
      const json = JSON.stringify(v);
      return [...json].length > maxLength ? `${[...json].slice(0, maxLength - 1).join('')}…` : json;
    }
  }
  return null;
}
