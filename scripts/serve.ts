/** npm run preview: serves dist/ (under SITE_BASE) at http://127.0.0.1:4321. */
import { normalizeBase } from '../src/build/base.ts';
import { serve } from '../src/build/static-server.ts';

const dir = process.argv[2] ?? 'dist';
const base = normalizeBase(process.env.SITE_BASE);
const { url } = await serve(dir, base, Number(process.env.PORT ?? 4321));
console.log(`Report Atlas: ${url} (Ctrl-C to stop)`);
