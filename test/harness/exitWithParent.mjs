// Preloaded (`node --import`) into every process the test harness starts: when the test
// process that started it goes away — even killed with SIGKILL, where no handler of its
// own can run — the pipe on our stdin closes, and this process stops as on SIGTERM
// (the server's own shutdown), or exits if nothing handles SIGTERM.
if (process.env.TH_EXIT_WITH_PARENT === "1" && process.stdin) {
  process.stdin.on("end", () => process.kill(process.pid, "SIGTERM"));
  process.stdin.on("error", () => process.kill(process.pid, "SIGTERM"));
  process.stdin.resume();
  // Reading stdin must not by itself keep the process alive after a clean shutdown.
  process.stdin.unref?.();
}
