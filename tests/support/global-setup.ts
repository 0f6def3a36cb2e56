import { build } from 'vite';

/** Browser tests run against the production build; it is made once per test run. */
export default async function setup(): Promise<void> {
  await build({ logLevel: 'warn', configFile: 'vite.config.ts' });
}
