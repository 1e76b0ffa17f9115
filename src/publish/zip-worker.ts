/**
 * A worker thread of the zip writer's pool (src/publish/zip.ts, PackPool): makes each entry it is sent ready to write
 * (packEntry) and sends it back, its bytes moved rather than copied.
 */
import { parentPort } from 'node:worker_threads';
import { packEntry, type PackTask } from './zip-pack.ts';

parentPort!.on('message', ({ id, task }: { id: number; task: PackTask }) => {
  try {
    const packed = packEntry(task);
    // Moved whole: the bytes must be all of their buffer (a deflated entry may be a view of a larger one).
    const body = packed.body.byteOffset === 0 && packed.body.byteLength === packed.body.buffer.byteLength ? packed.body : new Uint8Array(packed.body);
    parentPort!.postMessage({ id, packed: { ...packed, body } }, [body.buffer as ArrayBuffer]);
  } catch (e) {
    parentPort!.postMessage({ id, error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
  }
});
