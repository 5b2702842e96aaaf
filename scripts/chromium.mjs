/** Flags that let Debian's Chromium start as root, headless, without reaching for the network. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];
export const chromiumPath = process.env.CHROME_PATH || '/usr/bin/chromium';
