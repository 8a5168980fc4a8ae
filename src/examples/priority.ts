/**
 * Lowering the CPU priority of a process tree: this process, each of its threads, and every process it has started
 * and their threads, to the lowest priority (nice 19). Linux keeps a priority per thread and a new thread or process
 * inherits its creator's, so whatever starts afterwards is low too. Read from /proc; where there is none (not
 * Linux), only the calling thread is lowered.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { setPriority } from 'node:os';

const LOWEST = 19;

/** Process ids under `root` (its children, theirs, …), from the parent ids in /proc/<pid>/stat. */
function descendants(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(name)]);
    } catch {
      // Gone meanwhile.
    }
  }
  const found: number[] = [];
  const visit = (pid: number) => (children.get(pid) ?? []).forEach((child) => (found.push(child), visit(child)));
  visit(root);
  return found;
}

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
