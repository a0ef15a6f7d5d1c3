import { readdirSync, readFileSync } from 'node:fs';

/**
 * CPU seconds used so far by the Web Worker threads ("DedicatedWorker") of the browsers this
 * process launched, read from /proc (Linux). A worker's epochs per CPU second compare with the
 * Node engine's per CPU second whatever else the machine runs; per wall second they do not.
 */
export function workerCpuSeconds(): number {
  const ticksPerSecond = 100; // USER_HZ on Linux
  let ticks = 0;
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    if (!descendsFrom(Number(pid), process.pid)) continue;
    let tasks: string[];
    try {
      tasks = readdirSync(`/proc/${pid}/task`);
    } catch {
      continue; // the process ended meanwhile
    }
    for (const tid of tasks) {
      const stat = readStat(`/proc/${pid}/task/${tid}/stat`);
      if (stat?.name === 'DedicatedWorker') ticks += stat.utime + stat.stime;
    }
  }
  return ticks / ticksPerSecond;
}

interface Stat {
  name: string;
  ppid: number;
  utime: number;
  stime: number;
}

function readStat(path: string): Stat | null {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return null;
  }
  // The name is in parentheses and may hold spaces; the fields after it are space-separated.
  const name = text.slice(text.indexOf('(') + 1, text.lastIndexOf(')'));
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
  return { name, ppid: Number(fields[1]), utime: Number(fields[11]), stime: Number(fields[12]) };
}

function descendsFrom(pid: number, ancestor: number): boolean {
  for (let at = pid, hops = 0; at > 1 && hops < 16; hops++) {
    if (at === ancestor) return true;
    at = readStat(`/proc/${at}/stat`)?.ppid ?? 0;
  }
  return false;
}
