// A TCP relay between the runner and sshd that can cut connections on purpose, to test how the
// runner survives (or reports) an SSH connection dropped mid-transfer.
import * as net from 'node:net';

export class TcpProxy {
  port = 0;
  private server: net.Server | undefined;
  private readonly pairs = new Set<[net.Socket, net.Socket]>();
  private drops: { afterBytes: number; left: number; then?: { host: string; port: number } } | undefined;
  /** How many connections were cut on purpose. */
  dropped = 0;

  constructor(private target: { host: string; port: number }) {}

  /** Sends new connections to another server from now on (existing ones keep theirs). */
  retarget(target: { host: string; port: number }): void {
    this.target = target;
  }

  /** Listens on `port` (a random one by default). */
  async start(port = 0): Promise<this> {
    this.server = net.createServer((client) => this.relay(client));
    await new Promise<void>((resolve) => this.server!.listen(port, '127.0.0.1', resolve));
    this.port = (this.server.address() as net.AddressInfo).port;
    return this;
  }

  /**
   * Cuts the next `times` connections that have sent more than `afterBytes` towards the runner;
   * with `then`, later connections go to that server instead (another machine on the same address).
   */
  dropAfter(afterBytes: number, times = 1, then?: { host: string; port: number }): void {
    this.drops = { afterBytes, left: times, then };
  }

  async stop(): Promise<void> {
    for (const [a, b] of this.pairs) {
      a.destroy();
      b.destroy();
    }
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  private relay(client: net.Socket): void {
    const upstream = net.connect(this.target);
    const pair: [net.Socket, net.Socket] = [client, upstream];
    this.pairs.add(pair);
    let toClient = 0;
    const close = (): void => {
      client.destroy();
      upstream.destroy();
      this.pairs.delete(pair);
    };
    client.on('error', close).on('close', close);
    upstream.on('error', close).on('close', close);
    client.on('data', (chunk) => { if (!upstream.write(chunk)) client.pause(); });
    upstream.on('drain', () => client.resume());
    client.on('drain', () => upstream.resume());
    upstream.on('data', (chunk: Buffer) => {
      toClient += chunk.length;
      const drops = this.drops;
      if (drops !== undefined && drops.left > 0 && toClient > drops.afterBytes) {
        drops.left--;
        this.dropped++;
        if (drops.then !== undefined) this.target = drops.then;
        // A reset, as when a node or NAT drops the connection.
        client.resetAndDestroy();
        upstream.destroy();
        return;
      }
      if (!client.write(chunk)) upstream.pause();
    });
  }
}
