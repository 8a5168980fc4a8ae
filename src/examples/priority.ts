/**
 * Lowering the CPU priority of a process tree: this process, each of its threads, and every process it has started
 * and their threads, to the lowest priority (nice 19). Linux keeps a priority per thread and a new thread or process
 * inherits its creator's, so whatever starts afterwards is low too. Read from /proc; where there is none (not
 * Linux), only the calling thread is lowered.
 */
import { readdirSync } from 'node:fs';
import { setPriority } from 'node:os';
import { descendants } from './process-tree.ts';

const LOWEST = 19;

const threads = (pid: number): number[] => {
  try {
    return readdirSync(`/proc/${pid}/task`).map(Number);
  } catch {
    return [];
  }
};

export function lowerPriorityOfTree(): void {
  setPriority(LOWEST); // this thread first: what it starts meanwhile inherits the priority
  let pids: number[];
  try {
    pids = [process.pid, ...descendants(process.pid)];
  } catch {
    return; // no /proc
  }
  for (const pid of pids) {
    for (const thread of threads(pid)) {
      try {
        setPriority(thread, LOWEST);
      } catch {
        // Gone meanwhile, or not ours.
      }
    }
  }
}
