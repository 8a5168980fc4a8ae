/** The process tree, read from /proc (Linux only): live processes with their parents, and the processes under one. */
import { readdirSync, readFileSync } from 'node:fs';

/** Live processes by id, with their parent id; zombies (exited, not yet reaped) are left out. */
export function liveProcesses(): Map<number, number> {
  const table = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${name}/stat`, 'utf8');
    } catch {
      continue; // gone meanwhile
    }
    // pid (comm) state ppid …; comm may contain spaces, so read after the last ')'.
    const [state, ppid] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (state && state !== 'Z') table.set(Number(name), Number(ppid));
  }
  return table;
}

/** Process ids under `root`: its children, theirs, and so on. */
export function descendants(root: number, table: Map<number, number> = liveProcesses()): number[] {
  const found: number[] = [];
  const visit = (parent: number) => {
    for (const [child, ppid] of table) if (ppid === parent) found.push(child), visit(child);
  };
  visit(root);
  return found;
}
