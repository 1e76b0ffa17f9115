/**
 * A worker thread of the ingest (tinypool runs the exports by name; io.ts ingestToDisk): the tasks of ingest-tasks.ts,
 * with what every task shares (the indicator vocabulary, what more is written of each report) given once, when the
 * worker starts, and loaded with its first task — importing this module does nothing.
 */
import { Tinypool } from 'tinypool';
import * as tasks from './ingest-tasks.ts';

let loaded: Promise<tasks.LoadedContext> | undefined;
const context = () => (loaded ??= tasks.loadContext(Tinypool.workerData as tasks.IngestContext));

export const prepare = (task: tasks.PrepareTask) => tasks.prepare(task);
export const build = async (task: tasks.BuildTask) => tasks.build(task, await context());
export const words = async (task: tasks.WordsTask) => tasks.words(task, await context());
export const link = (task: tasks.LinkTask) => tasks.link(task);
