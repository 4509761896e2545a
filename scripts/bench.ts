// Runs every benchmark in scripts/bench/ against the built bundle and prints its table.
// Budgets are counted in service calls; wall time is printed for information only.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = join(new URL('.', import.meta.url).pathname, 'bench');
const only = process.argv[2];
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith('.ts'))
  .sort()) {
  if (only && !file.includes(only)) continue;
  const mod = (await import(join(dir, file))) as { run: () => Promise<string> };
  console.log(`\n## ${file.replace(/\.ts$/, '')}\n`);
  console.log(await mod.run());
}
