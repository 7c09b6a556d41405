// Parsed articles kept between builds, keyed by their content: an untouched file costs
// a stat, a touched but unchanged one a read and a hash, and only a changed one is
// parsed, validated and rendered again. Stored under .cache/annals/parsed/ in 256
// shards (by the key's first byte), so no single file grows with the archive.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { deserialize, serialize } from "node:v8";
import { sha1 } from "../hash.ts";
import { writeWholeFile } from "../whole-file.ts";

export interface FileStamp {
  mtimeMs: number;
  size: number;
}

interface IndexEntry extends FileStamp {
  key: string;
}

const FORMAT = 2;

export class ParseCache<T> {
  private readonly index = new Map<string, IndexEntry>();
  private readonly shards = new Map<string, Map<string, T>>();
  private readonly dirty = new Set<string>();
  private indexDirty = false;

  /**
   * @param dir where the cache is kept; undefined keeps it in memory only.
   * @param version everything besides a file's bytes and path that its parse depends on.
   */
  constructor(
    private readonly dir: string | undefined,
    private readonly version: string,
  ) {
    if (!dir) return;
    const stored = this.readStored<{ format: number; version: string; files: [string, IndexEntry][] }>("index.bin");
    if (stored?.format === FORMAT && stored.version === version) for (const [path, entry] of stored.files) this.index.set(path, entry);
  }

  /** Reads a cache file written by `save` (V8's serialisation: faster to read than JSON for this shape). */
  private readStored<V>(name: string): V | undefined {
    if (!this.dir) return undefined;
    const path = join(this.dir, name);
    if (!existsSync(path)) return undefined;
    try {
      return deserialize(readFileSync(path)) as V;
    } catch {
      // A damaged cache file only costs a re-parse.
      return undefined;
    }
  }

  private shard(key: string): Map<string, T> {
    const name = key.slice(0, 2);
    let shard = this.shards.get(name);
    if (!shard) {
      const stored = this.readStored<{ version: string; entries: [string, T][] }>(`${name}.bin`);
      shard = new Map(stored?.version === this.version ? stored.entries : []);
      this.shards.set(name, shard);
    }
    return shard;
  }

  /** The parse of `path` if its stamp, or else its bytes, are unchanged; `read` gives the bytes. */
  get(path: string, stamp: FileStamp, read: () => Buffer): { value?: T; key: string; bytes?: Buffer } {
    const known = this.index.get(path);
    if (known && known.mtimeMs === stamp.mtimeMs && known.size === stamp.size) {
      const value = this.shard(known.key).get(known.key);
      if (value !== undefined) return { value, key: known.key };
    }
    const bytes = read();
    const key = sha1(this.version, path, bytes);
    const value = this.shard(key).get(key);
    if (value !== undefined) {
      this.index.set(path, { ...stamp, key });
      this.indexDirty = true;
    }
    return { ...(value === undefined ? {} : { value }), key, bytes };
  }

  set(path: string, stamp: FileStamp, key: string, value: T): void {
    this.shard(key).set(key, value);
    this.dirty.add(key.slice(0, 2));
    this.index.set(path, { ...stamp, key });
    this.indexDirty = true;
  }

  /** Forgets files that are gone, and writes what changed when the cache lives on disk. */
  save(livePaths: ReadonlySet<string>): void {
    for (const path of this.index.keys()) {
      if (!livePaths.has(path)) {
        this.index.delete(path);
        this.indexDirty = true;
      }
    }
    const liveKeys = new Set([...this.index.values()].map((entry) => entry.key));
    for (const [name, shard] of this.shards) {
      for (const key of shard.keys()) {
        if (!liveKeys.has(key)) {
          shard.delete(key);
          this.dirty.add(name);
        }
      }
    }
    if (!this.dir) return;
    const write = (name: string, data: unknown) => writeWholeFile(join(this.dir!, name), serialize(data));
    for (const name of this.dirty) write(`${name}.bin`, { version: this.version, entries: [...(this.shards.get(name) ?? [])] });
    if (this.indexDirty) write("index.bin", { format: FORMAT, version: this.version, files: [...this.index] });
    this.dirty.clear();
    this.indexDirty = false;
  }
}
