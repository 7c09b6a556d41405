// The machine a result was measured on, so numbers from two machines are not compared blindly.
import { cpus, platform, release, totalmem } from "node:os";

export interface MachineInfo {
  cpuModel: string;
  cpuCount: number;
  totalMemoryMB: number;
  node: string;
  os: string;
}

export function machineInfo(): MachineInfo {
  const list = cpus();
  return {
    cpuModel: list[0]?.model ?? "unknown",
    cpuCount: list.length,
    totalMemoryMB: Math.round(totalmem() / 1024 / 1024),
    node: process.version,
    os: `${platform()} ${release()}`,
  };
}
