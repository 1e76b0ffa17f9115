/**
 * HTML written as strings: text and attribute values escaped, elements assembled. Shared by the report body
 * (src/lib/report-body.ts) and the search documents (src/publish/search-documents.ts), so report text is escaped one
 * way wherever it becomes HTML.
 */
/** Text as HTML. */
export function text(value: string | number): string {
  const s = String(value);
  return TEXT_SPECIAL.test(s) ? s.replace(/[&<>]/g, (c) => ESCAPES[c]) : s;
}
/** An attribute's value as HTML, between double quotes. */
export function attributeValue(s: string): string {
  return ATTRIBUTE_SPECIAL.test(s) ? s.replace(/[&<>"]/g, (c) => ESCAPES[c]) : s;
}
const TEXT_SPECIAL = /[&<>]/;
const ATTRIBUTE_SPECIAL = /[&<>"]/;
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
/** An element as HTML: `true` writes a bare attribute, undefined none; the children are HTML already. */
export function tag(name: string, attributes: Record<string, string | true | undefined>, ...children: string[]): string {
  let open = `<${name}`;
  for (const key in attributes) {
    const value = attributes[key];
    if (value !== undefined) open += value === true ? ` ${key}` : ` ${key}="${attributeValue(value)}"`;
  }
  return `${open}>${children.join('')}</${name}>`;
}
