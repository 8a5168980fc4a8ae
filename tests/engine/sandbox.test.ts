/** Examples run without network, in a temporary working directory, with a scrubbed environment. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { checkExamples } from '../../src/examples/check.ts';
import { detectRuntimes } from '../../src/examples/runtimes/index.ts';

const { runtimes } = await detectRuntimes(join(process.cwd(), '.cache'));
afterAll(() => Promise.all(runtimes.map((r) => r.dispose())));

it('gives every run a fresh temporary directory, no secrets and no network', async () => {
  const server = createServer((socket) => socket.end('reached'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  process.env.SANDBOX_TEST_SECRET = 'leaked';

  const root = mkdtempSync(join(tmpdir(), 'sandbox-'));
  mkdirSync(join(root, 'examples', 'python'), { recursive: true });
  writeFileSync(
    join(root, 'examples', 'python', 'probe.py'),
    [
      'import os, socket, sys',
      `print("in project:", os.getcwd().startswith(${JSON.stringify(root)}))`,
      'print("secret:", os.environ.get("SANDBOX_TEST_SECRET"))',
      'try:',
      `    print(socket.create_connection(("127.0.0.1", ${port}), timeout=2).recv(7))`,
      'except Exception as error:',
      '    print("network: blocked")',
      '',
    ].join('\n'),
  );
  const report = await checkExamples({ root, runtimes: runtimes.filter((r) => r.language === 'python'), update: true, cacheDir: false });
  server.close();
  delete process.env.SANDBOX_TEST_SECRET;

  const outputs = report.results[0]!.results.map((r) => [r.label, r.stdout]);
  expect(outputs.length).toBeGreaterThan(1);
  for (const [label, stdout] of outputs) {
    expect(stdout, label).toBe('in project: False\nsecret: None\nnetwork: blocked\n');
  }
});
