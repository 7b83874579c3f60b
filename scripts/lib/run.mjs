// Runs a command with inherited output; rejects with its exit code on failure.
import { spawn } from "node:child_process";

export function run(cmd, args, { env = process.env, cwd } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: "inherit", env, cwd });
    child.on("error", reject);
    child.on("exit", (code, signal) =>
      code === 0
        ? resolve()
        : reject(
            Object.assign(new Error(`${cmd} ${args.join(" ")} failed (${signal ?? code})`), {
              exitCode: code ?? 1,
            }),
          ),
    );
  });
}
