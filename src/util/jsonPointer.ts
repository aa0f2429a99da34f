/** One place in a JSON value that a pointer (with `*` for every array item) reaches. */
export interface Slot {
  parent: Record<string, unknown> | unknown[];
  key: string | number;
  value: unknown;
  pointer: string;
}

/** Every existing location a pointer such as `/value/*‌/status` reaches in `root`. */
export function slots(root: unknown, pointer: string): Slot[] {
  const parts = pointer.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  let current: { value: unknown; pointer: string; parent?: Slot['parent']; key?: string | number }[] = [{ value: root, pointer: '' }];
  for (const part of parts) {
    const next: typeof current = [];
    for (const c of current) {
      if (Array.isArray(c.value)) {
        const indexes = part === '*' ? c.value.map((_, i) => i) : /^\d+$/.test(part) ? [Number(part)] : [];
        for (const i of indexes) if (i < c.value.length) next.push({ value: c.value[i], pointer: `${c.pointer}/${i}`, parent: c.value, key: i });
      } else if (c.value && typeof c.value === 'object' && part in c.value) {
        const obj = c.value as Record<string, unknown>;
        next.push({ value: obj[part], pointer: `${c.pointer}/${escape(part)}`, parent: obj, key: part });
      }
    }
    current = next;
  }
  return current.filter((c): c is Slot => c.parent !== undefined && c.key !== undefined);
}

/** Sets `value` at a concrete pointer, creating missing objects on the way; false when it cannot. */
export function setAt(root: unknown, pointer: string, value: unknown): boolean {
  const parts = pointer.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  let node = root as Record<string, unknown>;
  for (const [i, part] of parts.entries()) {
    if (node === null || typeof node !== 'object') return false;
    if (i === parts.length - 1) {
      node[part] = value;
      return true;
    }
    if (node[part] === undefined) node[part] = {};
    node = node[part] as Record<string, unknown>;
  }
  return false;
}

function escape(part: string): string {
  return part.replace(/~/g, '~0').replace(/\//g, '~1');
}
