/**
 * Preloaded into a CLI run by tests (`node --import`): prints the process's
 * peak resident memory on stderr as it exits, so a test can bound it.
 */
process.on('exit', () => {
  process.stderr.write(`peak-rss-bytes ${process.resourceUsage().maxRSS * 1024}\n`);
});
