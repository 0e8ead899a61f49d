/**
 * The lint of a very large group of files, off the extension host's thread (dist/worker.js): the engine in a worker
 * thread, with every text it may need sent along (the engine's `resolve` cannot cross threads). Plain data in and
 * out: findings are data, so they survive the structured clone.
 */
import { parentPort } from 'node:worker_threads';
import { lint } from '../engine';
import { joinRef } from '../workspace';
import type { LintInput, LintOptions, Resolved } from '../engine';
import type { FileResult } from '../model';

export interface WorkerRequest {
  inputs: LintInput[];
  /** Texts by path, for references between the files (a matrix file's `analysis:`). */
  texts: Record<string, string>;
  options: Pick<LintOptions, 'asOf' | 'config'>;
  /** The reason given when a reference does not resolve. */
  missing: string;
}

export type WorkerReply = { results: FileResult[] } | { error: string };

export function lintRequest(req: WorkerRequest): WorkerReply {
  const resolve = (from: string, ref: string): Resolved => {
    const target = joinRef(from, ref);
    const text = Object.prototype.hasOwnProperty.call(req.texts, target) ? req.texts[target] : undefined;
    return text === undefined ? { error: req.missing } : { path: target, text };
  };
  try {
    return { results: lint(req.inputs, { ...req.options, resolve }) };
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
}

parentPort?.on('message', (req: WorkerRequest) => parentPort!.postMessage(lintRequest(req)));
