// Whether Debian's Chromium is here for the browser suites. Without it they skip, and the run says
// so once (test/support/globalSetup.ts); under CI=true a missing Chromium fails the run instead.
import { existsSync } from 'node:fs';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM_PATH);
export const MISSING_CHROMIUM = `browser tests skipped: no Chromium at ${CHROMIUM_PATH}; install it with: sudo apt-get install chromium`;
