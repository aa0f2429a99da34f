/**
 * A request path without its query string (`/users?$top=2` → `/users`). Without `split`: every
 * example and template of the reference goes through here, and most have no query to cut.
 */
export function withoutQuery(path: string): string {
  const q = path.indexOf('?');
  return q < 0 ? path : path.slice(0, q);
}

/**
 * Names of the `{…}` placeholders in a path, in order, trimmed (`/a/{ id }/b/{x}` → `id`, `x`):
 * what `/\{([^{}]*)\}/g` matches, found with `indexOf`, as the innermost `{` before each `}`.
 */
export function pathParams(path: string): string[] {
  const names: string[] = [];
  let open = path.indexOf('{');
  while (open >= 0) {
    const close = path.indexOf('}', open + 1);
    if (close < 0) break;
    names.push(path.slice(path.lastIndexOf('{', close) + 1, close).trim());
    open = path.indexOf('{', close + 1);
  }
  return names;
}
