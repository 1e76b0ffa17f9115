/** SITE_BASE as a path that starts and ends with a slash: '' or '/' → '/', 'atlas' or '/atlas' → '/atlas/'. */
export function normalizeBase(base: string | undefined): string {
  const trimmed = (base ?? '').replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}
