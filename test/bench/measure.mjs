// Interleaved measurement by CPU time. Each contestant is warmed up, then given a batch size that
// takes about `batchMs`; rounds alternate the contestants (A B, then B A, …, so neither always runs
// right after the other's garbage). Per call = the batch's CPU time (process.cpuUsage: user + system,
// all threads of the process) ÷ the batch size; wall time is taken beside it. Median and p99 are
// over the rounds, so p99 is the 99th percentile of batch means, not of single calls.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { URL } from 'node:url';
import { summarise } from './stats.mjs';

let sink;

/** A contestant run in this process: `call()` does one call, synchronous or returning a promise. */
export function localContestant(name, call) {
  let isAsync = false;
  return {
    name,
    /** Call for about `ms` (at least once); returns the CPU ms per call over the second half, when JIT and caches have settled. */
    async warm(ms) {
      const start = performance.now();
      const cpuStart = process.cpuUsage();
      let calls = 0;
      let settled;
      do {
        if (settled === undefined && performance.now() - start >= ms / 2) settled = { calls, cpu: process.cpuUsage() };
        sink = call();
        if (calls === 0) isAsync = typeof sink?.then === 'function';
        if (isAsync) sink = await sink;
        calls++;
      } while (performance.now() - start < ms);
      const from = settled && calls > settled.calls ? settled : { calls: 0, cpu: cpuStart };
      const used = process.cpuUsage(from.cpu);
      return (used.user + used.system) / 1000 / (calls - from.calls);
    },
    async batch(size) {
      const wall0 = process.hrtime.bigint();
      const cpu0 = process.cpuUsage();
      if (isAsync) for (let i = 0; i < size; i++) sink = await call();
      else for (let i = 0; i < size; i++) sink = call();
      const cpu = process.cpuUsage(cpu0);
      return { cpuUs: cpu.user + cpu.system, wallUs: Number(process.hrtime.bigint() - wall0) / 1000 };
    },
  };
}

/** A contestant that lives in a child process (see serveContestant), driven over IPC. */
export function childContestant(name, child) {
  let next = 0;
  const ask = (message) => new Promise((resolve, reject) => {
    const id = ++next;
    const onMessage = (reply) => {
      if (reply.id !== id) return;
      child.off('message', onMessage);
      child.off('exit', onExit);
      if (reply.error) reject(new Error(reply.error));
      else resolve(reply);
    };
    const onExit = (code, signal) => { child.off('message', onMessage); reject(new Error(`the ${name} process ended (${signal ?? `exit ${code}`})`)); };
    child.on('message', onMessage);
    child.once('exit', onExit);
    child.send({ ...message, id });
  });
  return {
    name,
    warm: async (ms) => (await ask({ type: 'warm', ms })).perCallMs,
    batch: async (size) => {
      const { cpuUs, wallUs } = await ask({ type: 'batch', size });
      return { cpuUs, wallUs };
    },
  };
}

/** In a child process: answer childContestant's warm and batch requests by running `call`. */
export function serveContestant(call) {
  const local = localContestant('child', call);
  process.on('message', async (message) => {
    try {
      if (message.type === 'warm') process.send({ id: message.id, perCallMs: await local.warm(message.ms) });
      else if (message.type === 'batch') process.send({ id: message.id, ...(await local.batch(message.size)) });
    } catch (error) {
      process.send({ id: message.id, error: error.message });
    }
  });
}

const RUSAGE_PRELOAD = new URL('./child-rusage.mjs', import.meta.url).href;

/**
 * A contestant that is a whole process: `node <args>`, spawned once per call. Its CPU time is its own
 * rusage (user + system), read inside it when it exits (child-rusage.mjs, preloaded into both sides
 * alike); wall time is the parent's, spawn to exit. `expect(result)` may throw when the output is wrong.
 */
export function processContestant(name, args, expect = () => {}) {
  const kernel = { cpuUs: 0, insideUs: 0, runs: 0 };
  const once = () => {
    const wall0 = process.hrtime.bigint();
    const result = spawnSync(process.execPath, ['--import', RUSAGE_PRELOAD, ...args], { stdio: ['ignore', 'pipe', 'pipe', 'pipe'], encoding: 'utf8' });
    const wallUs = Number(process.hrtime.bigint() - wall0) / 1000;
    if (result.error) throw result.error;
    expect(result);
    const usage = JSON.parse(result.output[3]);
    return { cpuUs: usage.userCPUTime + usage.systemCPUTime, wallUs };
  };
  return {
    name,
    fixedBatchSize: 1,
    warm: async (ms) => {
      const start = performance.now();
      let runs = 0;
      do { once(); runs++; } while (performance.now() - start < ms);
      return (performance.now() - start) / runs;
    },
    /** The kernel's own account of the timed runs (this process's waited-for children), to cross-check the figures read inside them. */
    kernel,
    batch: async (size) => {
      let cpuUs = 0;
      let wallUs = 0;
      const before = childrenCpuSeconds();
      for (let i = 0; i < size; i++) {
        const one = once();
        cpuUs += one.cpuUs;
        wallUs += one.wallUs;
      }
      const after = childrenCpuSeconds();
      if (before !== undefined && after !== undefined) {
        kernel.cpuUs += (after - before) * 1e6;
        kernel.insideUs += cpuUs;
        kernel.runs += size;
      }
      return { cpuUs, wallUs };
    },
  };
}

/** Interleave contestants for `rounds` rounds (batches of about `batchMs` CPU ms; 0: one call; warmMs null: no warm-up); returns per contestant median and p99 per call, CPU and wall (µs). */
export async function interleave(contestants, { rounds, batchMs, warmMs }) {
  const sizes = [];
  for (const c of contestants) {
    // warmMs null: the caller has already run each (synchronous) contestant's code; batches are of one call.
    const perCallMs = warmMs === null ? Infinity : await c.warm(warmMs);
    sizes.push(c.fixedBatchSize ?? (batchMs > 0 ? Math.max(1, Math.round(batchMs / perCallMs)) : 1));
  }
  const cpu = contestants.map(() => []);
  const wall = contestants.map(() => []);
  const forward = contestants.map((_, i) => i);
  const backward = [...forward].reverse();
  for (let round = 0; round < rounds; round++) {
    for (const i of round % 2 === 0 ? forward : backward) {
      const { cpuUs, wallUs } = await contestants[i].batch(sizes[i]);
      cpu[i].push(cpuUs / sizes[i]);
      wall[i].push(wallUs / sizes[i]);
    }
  }
  return contestants.map((c, i) => ({ name: c.name, batchSize: sizes[i], rounds, cpu: summarise(cpu[i]), wall: summarise(wall[i]) }));
}

/** CPU seconds of this process's waited-for children so far (Linux /proc; undefined elsewhere). */
export function childrenCpuSeconds() {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').replace(/^.*\) /s, '').split(' ');
    // After the command name: field 3 is index 0, so cutime (16) and cstime (17) are 13 and 14; USER_HZ is 100 on Linux.
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return undefined;
  }
}
