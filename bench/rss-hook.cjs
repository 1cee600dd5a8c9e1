// Preloaded into a benchmarked process (node --require): at exit, writes its peak memory and
// CPU time to the file named by FRAMELENS_BENCH_STATS. Worker threads share the process, so
// maxRSS covers them too.
const fs = require('node:fs');
process.on('exit', () => {
  const file = process.env.FRAMELENS_BENCH_STATS;
  if (!file) return;
  const u = process.resourceUsage();
  fs.writeFileSync(
    file,
    JSON.stringify({ maxRssKb: u.maxRSS, userUs: u.userCPUTime, systemUs: u.systemCPUTime }),
  );
});
