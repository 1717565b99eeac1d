// The fallback test SSH server for machines without OpenSSH: ssh2's Server with exec (through
// /bin/sh, like sshd) and (unless turned off) an SFTP subsystem on the real file system. It covers what the runner
// uses, not the whole protocol.
import { ChildProcess, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  AuthContext, Connection, ParsedKey, Server, ServerChannel, SFTPWrapper, utils,
} from 'ssh2';

const { STATUS_CODE } = utils.sftp;

export interface Ssh2ServerOptions {
  readonly port: number;
  readonly hostKey: string;
  readonly clientPublicKey: string;
  readonly password?: string;
  /** PATH for commands, e.g. one without tar to exercise the SFTP fallback. */
  readonly commandPath?: string;
  /** Serve the sftp subsystem (default true); without a handler ssh2's Server refuses the request. */
  readonly sftp?: boolean;
  /** Hostile SFTP: names added to the READDIR answer for a directory (attributes from lstat of the joined path). */
  readonly readdirExtra?: (dir: string) => readonly string[];
}

export function startSsh2Server(options: Ssh2ServerOptions): Promise<{ listeningAt: number; stop: () => Promise<void> }> {
  const allowed = utils.parseKey(options.clientPublicKey) as ParsedKey;
  const connections = new Set<Connection>();
  const server = new Server({ hostKeys: [options.hostKey] }, (connection) => {
    connections.add(connection);
    connection.on('close', () => connections.delete(connection));
    connection.on('error', () => undefined);
    connection.on('authentication', (ctx) => authenticate(ctx, allowed, options.password));
    connection.on('ready', () => connection.on('session', (accept) => {
      const session = accept();
      let child: ChildProcess | undefined;
      session.on('exec', (acceptExec, _reject, info) => {
        child = runCommand(acceptExec(), info.command, options.commandPath);
      });
      session.on('signal', (_accept, _reject, info) => {
        child?.kill(`SIG${info.name}` as NodeJS.Signals);
      });
      if (options.sftp ?? true) session.on('sftp', (acceptSftp) => serveSftp(acceptSftp(), options.readdirExtra));
    }));
  });
  return new Promise((resolve) => {
    server.listen(options.port, '127.0.0.1', () => resolve({
      listeningAt: Date.now(),
      stop: () => new Promise<void>((done) => {
        for (const c of connections) c.end();
        server.close(() => done());
      }),
    }));
  });
}

function authenticate(ctx: AuthContext, allowed: ParsedKey, password: string | undefined): void {
  if (ctx.method === 'publickey' && ctx.key.algo === allowed.type && ctx.key.data.equals(allowed.getPublicSSH())) {
    if (ctx.signature === undefined || allowed.verify(ctx.blob!, ctx.signature, ctx.hashAlgo) === true) {
      ctx.accept();
      return;
    }
  }
  if (ctx.method === 'password' && password !== undefined && ctx.password === password) {
    ctx.accept();
    return;
  }
  ctx.reject(password !== undefined ? ['publickey', 'password'] : ['publickey']);
}

/** Like sshd: the command runs through a shell in the user's home, with its exit status reported. */
function runCommand(channel: ServerChannel, command: string, commandPath: string | undefined): ChildProcess {
  const env = commandPath === undefined ? process.env : { ...process.env, PATH: commandPath };
  const child = spawn('/bin/sh', ['-c', command], { cwd: os.homedir(), env, stdio: ['pipe', 'pipe', 'pipe'] });
  channel.pipe(child.stdin!);
  child.stdin!.on('error', () => undefined);
  child.stdout!.pipe(channel, { end: false });
  child.stderr!.pipe(channel.stderr, { end: false });
  let outputs = 2;
  let status: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  const finish = (): void => {
    if (outputs > 0 || status === undefined) return;
    if (status.code !== null) channel.exit(status.code);
    else channel.exit(status.signal!.replace(/^SIG/, ''), false, '');
    channel.end();
  };
  child.stdout!.on('end', () => { outputs--; finish(); });
  child.stderr!.on('end', () => { outputs--; finish(); });
  child.on('exit', (code, signal) => {
    status = { code, signal };
    finish();
  });
  channel.on('close', () => child.kill('SIGKILL'));
  return child;
}

/** The subset of SFTP v3 that ssh2's client (fastGet/fastPut, stat, readdir, links) uses. */
function serveSftp(sftp: SFTPWrapper, readdirExtra: Ssh2ServerOptions['readdirExtra']): void {
  const handles = new Map<number, { fd?: number; dir?: string; listed?: boolean }>();
  let nextHandle = 1;
  const handleOf = (buffer: Buffer): number => buffer.readUInt32BE(0);
  const newHandle = (value: { fd?: number; dir?: string }): Buffer => {
    const id = nextHandle++;
    handles.set(id, value);
    const buffer = Buffer.alloc(4);
    buffer.writeUInt32BE(id);
    return buffer;
  };
  const fail = (reqid: number, err: NodeJS.ErrnoException): void => {
    sftp.status(reqid, err.code === 'ENOENT' ? STATUS_CODE.NO_SUCH_FILE : err.code === 'EACCES' ? STATUS_CODE.PERMISSION_DENIED : STATUS_CODE.FAILURE, err.message);
  };
  const done = (reqid: number) => (err: NodeJS.ErrnoException | null): void => (err ? fail(reqid, err) : void sftp.status(reqid, STATUS_CODE.OK));
  const attrs = (stat: fs.Stats) => ({
    mode: stat.mode, uid: stat.uid, gid: stat.gid, size: stat.size, atime: Math.floor(stat.atimeMs / 1000), mtime: Math.floor(stat.mtimeMs / 1000),
  });
  const resolve = (p: string): string => path.resolve(os.homedir(), p);

  sftp.on('OPEN', (reqid, filename, flags, openAttrs) => {
    const mode = utils.sftp.flagsToString(flags) ?? 'r';
    fs.open(resolve(filename), mode, openAttrs.mode ?? 0o644, (err, fd) => (err ? fail(reqid, err) : void sftp.handle(reqid, newHandle({ fd }))));
  });
  sftp.on('READ', (reqid, handle, offset, length) => {
    const fd = handles.get(handleOf(handle))?.fd;
    if (fd === undefined) return void sftp.status(reqid, STATUS_CODE.FAILURE);
    const buffer = Buffer.alloc(length);
    fs.read(fd, buffer, 0, length, offset, (err, bytes) => {
      if (err) fail(reqid, err);
      else if (bytes === 0) sftp.status(reqid, STATUS_CODE.EOF);
      else sftp.data(reqid, buffer.subarray(0, bytes));
    });
  });
  sftp.on('WRITE', (reqid, handle, offset, data) => {
    const fd = handles.get(handleOf(handle))?.fd;
    if (fd === undefined) return void sftp.status(reqid, STATUS_CODE.FAILURE);
    fs.write(fd, data, 0, data.length, offset, (err) => done(reqid)(err));
  });
  sftp.on('CLOSE', (reqid, handle) => {
    const id = handleOf(handle);
    const entry = handles.get(id);
    handles.delete(id);
    if (entry?.fd !== undefined) fs.close(entry.fd, done(reqid));
    else sftp.status(reqid, STATUS_CODE.OK);
  });
  sftp.on('FSTAT', (reqid, handle) => {
    const fd = handles.get(handleOf(handle))?.fd;
    if (fd === undefined) return void sftp.status(reqid, STATUS_CODE.FAILURE);
    fs.fstat(fd, (err, stat) => (err ? fail(reqid, err) : void sftp.attrs(reqid, attrs(stat))));
  });
  sftp.on('STAT', (reqid, p) => fs.stat(resolve(p), (err, stat) => (err ? fail(reqid, err) : void sftp.attrs(reqid, attrs(stat)))));
  sftp.on('LSTAT', (reqid, p) => fs.lstat(resolve(p), (err, stat) => (err ? fail(reqid, err) : void sftp.attrs(reqid, attrs(stat)))));
  sftp.on('FSETSTAT', (reqid, handle, setAttrs) => {
    const fd = handles.get(handleOf(handle))?.fd;
    if (fd === undefined || setAttrs.mode === undefined) return void sftp.status(reqid, STATUS_CODE.OK);
    fs.fchmod(fd, setAttrs.mode, done(reqid));
  });
  sftp.on('SETSTAT', (reqid, p, setAttrs) => {
    if (setAttrs.mode === undefined) return void sftp.status(reqid, STATUS_CODE.OK);
    fs.chmod(resolve(p), setAttrs.mode, done(reqid));
  });
  sftp.on('OPENDIR', (reqid, p) => {
    fs.stat(resolve(p), (err, stat) => {
      if (err) return fail(reqid, err);
      if (!stat.isDirectory()) return void sftp.status(reqid, STATUS_CODE.FAILURE, 'not a directory');
      sftp.handle(reqid, newHandle({ dir: resolve(p) }));
    });
  });
  sftp.on('READDIR', (reqid, handle) => {
    const entry = handles.get(handleOf(handle));
    if (entry?.dir === undefined) return void sftp.status(reqid, STATUS_CODE.FAILURE);
    if (entry.listed) return void sftp.status(reqid, STATUS_CODE.EOF);
    entry.listed = true;
    const dir = entry.dir;
    fs.readdir(dir, (err, names) => {
      if (err) return fail(reqid, err);
      const items = [...names, ...(readdirExtra?.(dir) ?? [])].map((filename) => {
        const stat = fs.lstatSync(path.join(dir, filename));
        return { filename, longname: filename, attrs: attrs(stat) };
      });
      sftp.name(reqid, items);
    });
  });
  sftp.on('MKDIR', (reqid, p, mkAttrs) => fs.mkdir(resolve(p), { mode: mkAttrs.mode ?? 0o755 }, done(reqid)));
  sftp.on('RMDIR', (reqid, p) => fs.rmdir(resolve(p), done(reqid)));
  sftp.on('REMOVE', (reqid, p) => fs.unlink(resolve(p), done(reqid)));
  sftp.on('RENAME', (reqid, from, to) => fs.rename(resolve(from), resolve(to), done(reqid)));
  sftp.on('REALPATH', (reqid, p) => {
    const full = resolve(p);
    sftp.name(reqid, [{ filename: full, longname: full, attrs: {} as never }]);
  });
  sftp.on('READLINK', (reqid, p) => {
    fs.readlink(resolve(p), (err, target) => (err ? fail(reqid, err) : void sftp.name(reqid, [{ filename: target, longname: target, attrs: {} as never }])));
  });
  sftp.on('SYMLINK', (reqid, linkPath, targetPath) => fs.symlink(targetPath, resolve(linkPath), done(reqid)));
}
