/**
 * The sandbox of a Pyodide run inside its worker thread (see pyodide-worker.ts). The thread's process is itself
 * sandboxed where bwrap runs (sandboxed-worker.ts); these guards keep each run to its own directory inside the
 * interpreter, which lives on between runs, and give the same errors as the other runtimes.
 *
 * Files: Pyodide's file system is Emscripten's in-memory one; Pyodide 314 in Node mounts nothing of the host
 * (its tree is /dev, /home/pyodide, /lib with the standard library, /proc and /tmp). The worker mounts the
 * example's own folder (NODEFS) for the run, so an example can read the files beside it as on the other runtimes.
 * During a run every write, create, delete, rename or attribute change outside the run's working directory fails
 * with EROFS, as it does under bwrap: the guard sits in Emscripten's permission check, which every such call
 * goes through, and is path-based (Emscripten has no users, so mode bits alone would be undone by chmod).
 *
 * Network: Emscripten emulates sockets with WebSockets, which in Node it takes from the `ws` package through its
 * own `require` (a connect really opens a TCP connection, a listen a server); both are refused with ENETUNREACH.
 *
 * Memory: Python's heap is the interpreter's WebAssembly memory, which grows through `Memory.prototype.grow`;
 * growth past the run's limit is refused, so malloc fails and Python raises MemoryError.
 */
import type { PyodideAPI } from 'pyodide';

/** Emscripten's errnos (it numbers errors as WASI does). */
const EROFS = 69;
const ENETUNREACH = 40;
const PAGE = 65536;

/** Caps every WebAssembly memory of this thread; call before Pyodide starts. Returns the setter of the cap. */
export function capWasmMemory(): (bytes: number) => void {
  let cap = Infinity;
  const grow = WebAssembly.Memory.prototype.grow;
  WebAssembly.Memory.prototype.grow = function (this: WebAssembly.Memory, delta: number) {
    if (this.buffer.byteLength + delta * PAGE > cap) throw new RangeError(`memory limit of ${cap} bytes reached`);
    return grow.call(this, delta);
  };
  return (bytes) => (cap = bytes);
}

interface FsNode {
  mode: number;
}
/** The part of Emscripten's FS object the guard replaces. */
interface GuardedFs {
  getPath(node: FsNode): string;
  isChrdev(mode: number): boolean;
  nodePermissions(node: FsNode, perms: string): number;
  doSetAttr?(stream: unknown, node: FsNode, attrs: object): void;
  ErrnoError: new (errno: number) => Error;
}

/**
 * Makes the file system read-only except the folder passed to the returned function (none: no guard, for the
 * worker's own writes between runs). Devices (/dev/null, the terminal) stay writable.
 */
export function guardWrites(pyodide: PyodideAPI): (writable: string | undefined) => void {
  const FS = pyodide.FS as unknown as GuardedFs;
  let writable: string | undefined;
  const refused = (node: FsNode) => {
    if (writable === undefined || FS.isChrdev(node.mode)) return false;
    const path = FS.getPath(node);
    return path !== writable && !path.startsWith(writable + '/');
  };
  const nodePermissions = FS.nodePermissions.bind(FS);
  FS.nodePermissions = (node, perms) => (perms.includes('w') && refused(node) ? EROFS : nodePermissions(node, perms));
  // chmod, utime and truncate meet in doSetAttr from Pyodide 0.29 on (0.27 has no such function; there a run can
  // still change attributes, not contents, of files in the interpreter's memory).
  const doSetAttr = FS.doSetAttr?.bind(FS);
  if (doSetAttr) {
    FS.doSetAttr = (stream, node, attrs) => {
      if (refused(node)) throw new FS.ErrnoError(EROFS);
      doSetAttr(stream, node, attrs);
    };
  }
  return (dir) => (writable = dir);
}

/** The part of Emscripten's socket emulation that opens connections and servers. */
interface SocketOps {
  createPeer(...args: unknown[]): unknown;
  listen(...args: unknown[]): unknown;
}

/** Makes every socket connection and server fail, so a run reaches no network. */
export function refuseSockets(pyodide: PyodideAPI): void {
  const FS = pyodide.FS as unknown as GuardedFs;
  const { SOCKFS } = (pyodide as unknown as { _module: { SOCKFS: { websocket_sock_ops: SocketOps } } })._module;
  const refuse = () => {
    throw new FS.ErrnoError(ENETUNREACH);
  };
  SOCKFS.websocket_sock_ops.createPeer = refuse;
  SOCKFS.websocket_sock_ops.listen = refuse;
}
