import { runAdminCommand } from './admin-commands';
import { readOptions, USAGE } from './options';
import { serve } from './serve';

/** `npm run team-server [-- command]`: serve (no command), invite, workspace create|list. */
async function main(): Promise<void> {
  const options = readOptions(process.argv.slice(2), process.env);
  const print = (line: string) => console.log(line);
  if (options.help) return print(USAGE);
  if (!options.command.length) return serve(options, print);
  await runAdminCommand(options, print);
}

main().catch((error: unknown) => {
  console.error(`team-server: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
