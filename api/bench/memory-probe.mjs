// The memory of an API process as measured inside it, for the benchmarks only: the bench starts the API
// with the V8 inspector on a loopback port of its own (`inspectorArgs`, a node option, nothing in the
// API's code), then asks it through the inspector protocol for a full garbage collection and for
// `process.memoryUsage()`. No route of the API is involved: a production process, started without
// `--inspect`, has no such door.
import WebSocket from 'ws';

/** Node options that open the inspector on 127.0.0.1:`port` (pass them to startAndWait's `nodeArgs`). */
export const inspectorArgs = (port) => [`--inspect=127.0.0.1:${port}`];

/** A connection to the inspector of the process listening on 127.0.0.1:`port`. */
export async function openProbe(port) {
  const [target] = await (await fetch(`http://127.0.0.1:${port}/json/list`)).json();
  const socket = new WebSocket(target.webSocketDebuggerUrl, { perMessageDeflate: false });
  await new Promise((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('error', reject);
  });
  let nextId = 0;
  const pending = new Map();
  socket.on('message', (data) => {
    const message = JSON.parse(String(data));
    const waiting = pending.get(message.id);
    if (!waiting) return;
    pending.delete(message.id);
    if (message.error) waiting.reject(new Error(message.error.message));
    else waiting.resolve(message.result);
  });
  const call = (method, params = {}) =>
    new Promise((resolve, reject) => {
      nextId += 1;
      pending.set(nextId, { resolve, reject });
      socket.send(JSON.stringify({ id: nextId, method, params }));
    });

  return {
    /**
     * Bytes after full garbage collections (three, a short pause between them, so that what the
     * finalisers free is collected too): the JS heap in use, memory outside the heap (external, its
     * array buffers included) and the resident set.
     */
    async settledMemory() {
      for (let i = 0; i < 3; i += 1) {
        await call('HeapProfiler.collectGarbage');
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      const { result } = await call('Runtime.evaluate', { expression: 'JSON.stringify(process.memoryUsage())', returnByValue: true });
      const usage = JSON.parse(result.value);
      return { heapUsed: usage.heapUsed, external: usage.external, rss: usage.rss };
    },
    close: () => socket.close(),
  };
}

const kib = (bytes) => `${(bytes / 1024).toFixed(1)} Kio`;
const mib = (bytes) => `${(bytes / 2 ** 20).toFixed(1)} Mio`;

/**
 * The report line of a per-connection measure: the growth from `before` to `open` divided by `count`,
 * and `closed` (after closing them) to show that the growth was theirs and is given back.
 */
export function perConnectionLines(count, before, open, closed, what = { plural: 'abonnements ouverts', each: 'par abonnement' }) {
  const row = (label, key) => `| ${label} | ${mib(before[key])} | ${mib(open[key])} | ${mib(closed[key])} | ${kib((open[key] - before[key]) / count)} |`;
  return [
    `| mémoire du processus API (après GC complet) | avant | ${what.plural} | après leur fermeture | ${what.each} |`,
    '|---|---|---|---|---|',
    row('tas JS utilisé (heapUsed)', 'heapUsed'),
    row('hors tas (external, tampons compris)', 'external'),
    row('RSS', 'rss'),
  ];
}
