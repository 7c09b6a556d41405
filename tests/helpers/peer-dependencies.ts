// The peer dependencies package-lock.json leaves unmet: what makes `npm install` print
// "npm warn ERESOLVE overriding peer dependency". Read from package.json and the lock alone.
import { satisfies } from "./version-range.ts";

interface LockedPackage {
  version?: string;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
}

export interface Lockfile {
  lockfileVersion: number;
  packages: Record<string, LockedPackage>;
}

export interface PackageJson {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  /** npm's overrides: a package's version everywhere, or under one package (`{ nunjucks: { chokidar: "$chokidar" } }`). */
  overrides?: Record<string, string | Record<string, string>>;
}

/** The package a lock path names: `node_modules/a/node_modules/@b/c` -> `@b/c`. */
const nameAt = (path: string) => path.slice(path.lastIndexOf("node_modules/") + "node_modules/".length);

/** Where Node would find `name` from the package at `path`: its own node_modules, then each enclosing one. */
function resolveFrom(lock: Lockfile, path: string, name: string): { path: string; version: string } | undefined {
  for (let at = path; ; at = at.slice(0, Math.max(0, at.lastIndexOf("/node_modules/")))) {
    const candidate = `${at ? `${at}/` : ""}node_modules/${name}`;
    const version = lock.packages[candidate]?.version;
    if (version !== undefined) return { path: candidate, version };
    if (!at) return undefined;
  }
}

/** The range package.json's overrides put in place of `parent`'s dependency on `name`, if any. */
function overriddenRange(pkg: PackageJson, parent: string, name: string): string | undefined {
  const scoped = pkg.overrides?.[parent];
  const range = typeof scoped === "object" ? scoped[name] : pkg.overrides?.[name];
  if (typeof range === "object") throw new Error(`overrides.${name} nests further than this check reads`);
  // `$chokidar`: the range the project itself depends on.
  return range?.startsWith("$") ? (pkg.dependencies?.[range.slice(1)] ?? pkg.devDependencies?.[range.slice(1)]) : range;
}

/** Every peer dependency the installed tree does not meet (nor an override replace), as a sentence. */
export function unmetPeers(pkg: PackageJson, lock: Lockfile): string[] {
  if (lock.lockfileVersion < 2) throw new Error(`package-lock.json version ${lock.lockfileVersion} has no "packages" to read`);
  return Object.entries(lock.packages).flatMap(([path, locked]) =>
    Object.entries(locked.peerDependencies ?? {}).flatMap(([name, asked]) => {
      const found = resolveFrom(lock, path, name);
      const optional = locked.peerDependenciesMeta?.[name]?.optional === true;
      // npm installs a missing peer; an optional one stays missing, which is no conflict.
      if (!found) return optional ? [] : [`${path} needs ${name}@${asked}, which is not installed`];
      const range = overriddenRange(pkg, nameAt(path), name) ?? asked;
      return satisfies(found.version, range) ? [] : [`${path} wants ${name}@${range}${optional ? " (an optional peer)" : ""}, and finds ${found.version} at ${found.path}`];
    }),
  );
}
