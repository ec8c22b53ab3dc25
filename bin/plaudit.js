#!/usr/bin/env node
// Runs the TypeScript sources directly through tsx, so the installed command is always the code in src/.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
await main();
