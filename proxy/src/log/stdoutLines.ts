type Write = (line: string) => void;

let shared: Write | undefined;

/**
 * Where log lines go by default. On Node: stdout, with the lines of one turn of the event loop written
 * together, because one write per request (what `console.log` does) was about a tenth of a cached
 * answer's cost. Lines keep their order; pending lines are written when the process exits, so only a
 * SIGKILL can lose them, and at most one turn's worth. Elsewhere (Workers, Deno): `console.log`, which
 * is those runtimes' log stream.
 */
export function stdoutLines(): Write {
  shared ??= create();
  return shared;
}

function create(): Write {
  const stdout = globalThis.process?.stdout;
  if (typeof stdout?.write !== 'function' || typeof setImmediate !== 'function') {
    return (line) => console.log(line);
  }
  let pending: string[] = [];
  const flush = () => {
    if (pending.length === 0) return;
    const text = `${pending.join('\n')}\n`;
    pending = [];
    stdout.write(text);
  };
  process.once('exit', flush);
  return (line) => {
    if (pending.push(line) === 1) setImmediate(flush);
  };
}
