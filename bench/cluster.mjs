// Benchmark only: WORKERS copies of server.js (default 2) on one port, through node's cluster
// module. The primary accepts each connection and hands it to the workers in turn, so a load of
// 10 keep-alive connections is shared between the processes, as a balancer in front of two app
// servers would share it. Each worker is a whole app process (its own database pool and job
// runner); the database is the one DATABASE_URL names.
import cluster from "node:cluster";

if (cluster.isPrimary) {
  const workers = Number(process.env.WORKERS ?? 2);
  let stopping = false;
  for (let i = 0; i < workers; i++) cluster.fork();
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) return;
    process.stderr.write(`worker ${worker.process.pid} ended (${signal ?? code}); stopping\n`);
    stop(1);
  });
  function stop(code) {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.kill("SIGTERM");
    process.exit(code);
  }
  process.on("SIGTERM", () => stop(0));
  process.on("SIGINT", () => stop(130));
} else {
  await import("../server.js");
}
