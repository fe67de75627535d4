#!/usr/bin/env node
// Browser tests drive Debian's Chromium. If it is missing, install it the way
// Playwright's `install --with-deps` would (here: apt-get), or stop with the exact command.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (existsSync(path)) process.exit(0);

const command = 'apt-get update && apt-get install -y chromium';
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && existsSync('/usr/bin/apt-get')) {
  console.log(`Chromium not found at ${path}; installing Debian's chromium: ${command}`);
  try {
    execSync(command, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  } catch {
    /* reported below */
  }
  if (existsSync(path)) process.exit(0);
}
console.error(`\nBrowser tests need Chromium at ${path}.\nInstall it with:\n\n  sudo ${command}\n\nor set CHROMIUM_PATH to a Chromium binary.\n`);
process.exit(1);
