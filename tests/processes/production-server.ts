// Starting and stopping the built production server (`node server.js`) for the process tests.
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";

export type ProductionServer = {
  url: string;
  process: ChildProcess;
  /** Everything it wrote to stdout and stderr, line by line. */
  lines: string[];
};

function freePort() {
  return new Promise<number>((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** Starts server.js on a free port with these settings, and waits until it answers /healthz. */
export async function startProductionServer(env: Record<string, string>): Promise<ProductionServer> {
  const port = await freePort();
  const lines: string[] = [];
  const child = spawn(process.execPath, ["server.js"], {
    env: {
      ...process.env,
      PORT: String(port),
      NODE_ENV: "production",
      APP_URL: `http://localhost:${port}`,
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const collect = (chunk: Buffer) => lines.push(...String(chunk).split("\n").filter(Boolean));
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);
  const url = `http://localhost:${port}`;
  for (let waited = 0; ; waited += 100) {
    if (child.exitCode !== null) throw new Error(`server exited: ${lines.join("\n")}`);
    const ready = await fetch(`${url}/healthz`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) break;
    if (waited > 60_000) throw new Error(`server did not start: ${lines.join("\n")}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { url, process: child, lines };
}

/** Stops each server still running (SIGTERM) and waits for it to exit. */
export async function stopProductionServers(servers: readonly ProductionServer[]) {
  await Promise.all(
    servers.map(
      ({ process: child }) =>
        new Promise((resolve) =>
          child.exitCode !== null || child.signalCode !== null
            ? resolve(null)
            : (child.once("exit", resolve), child.kill("SIGTERM")),
        ),
    ),
  );
}
