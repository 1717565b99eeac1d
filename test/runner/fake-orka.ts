// A stateful fake Orka API (2.x or 3.x) following MacStadium's Orka 2.x and 3.x API: real paths, status
// codes and error shapes, tokens, VMs and configs that exist until deleted, slow deploys, capacity
// limits, and faults injected per route. Where the API's documentation leaves a detail open, the
// choice made here is noted next to it.
import { randomBytes } from 'node:crypto';
import * as http from 'node:http';
import * as net from 'node:net';

export type V3Route = 'cluster-info' | 'deploy' | 'get-vm' | 'list-vms' | 'delete';
export type V2Route = 'health-check' | 'token' | 'token-info' | 'revoke' | 'create' | 'deploy' | 'delete' | 'purge' | 'list' | 'status' | 'configs';
export type Route = V3Route | V2Route | 'unknown';

export interface Fault {
  readonly on: Route;
  /** Answer with this status (and `body`, else the version's error shape) instead of handling the request. */
  readonly status?: number;
  readonly body?: unknown;
  /** Close the connection without an answer. */
  readonly drop?: boolean;
  /** Wait this long first; alone, the request is then handled normally. */
  readonly delayMs?: number;
  /** Perform the real action, then answer with the fault (a create that worked but answered 500). */
  readonly apply?: boolean;
  /**
   * With `status`: the error body's message is padded to this many bytes and streamed (with
   * backpressure, never built whole), as a broken proxy or hostile server might answer.
   */
  readonly bodyBytes?: number;
  /** Sent as the Retry-After header (seconds). */
  readonly retryAfter?: number;
  /** How many matching requests it affects. @default 1 */
  readonly times?: number;
}

export interface RecordedRequest {
  readonly version: '2' | '3';
  readonly method: string;
  readonly path: string;
  readonly route: Route;
  readonly body: unknown;
  readonly token: string | undefined;
  status: number;
  readonly faulted: boolean;
  /** True once the client closed the connection before the answer was sent (it gave up waiting). */
  abandoned?: boolean;
}

export interface FakeOrkaOptions {
  readonly version: '2' | '3';
  /** Where deployed VMs are reachable over SSH (the test's sshd). */
  readonly ssh: { host: string; port: number };
  /** 3.x: valid service-account tokens. */
  readonly tokens?: readonly string[];
  /** 3.x: namespaces that exist; the token may use all of them except `forbiddenNamespaces`. */
  readonly namespaces?: readonly string[];
  readonly forbiddenNamespaces?: readonly string[];
  /** 2.x: accounts for POST /token. */
  readonly users?: readonly { email: string; password: string }[];
  /** 2.x: `api_version` from GET /health-check. */
  readonly apiVersion?: string;
  /** How long a deploy takes before the VM is Running. */
  readonly deployDelayMs?: number;
  /** Total CPU of the cluster; a deploy beyond it fails with Orka's capacity error. */
  readonly capacityCpu?: number;
  /** Length of one "minute" of the 3.x deploy `timeout` field, so server timeouts fit in a test. */
  readonly minuteMs?: number;
}

interface VmRecord {
  readonly name: string;
  readonly namespace: string;
  readonly cpu: number;
  status: 'Pending' | 'Running';
  /** 2.x only. */
  readonly config?: string;
  readonly id?: string;
}

interface ConfigRecord {
  readonly name: string;
  readonly image: string;
  readonly cpu: number;
}

const V3_NAME = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;

export class FakeOrka {
  readonly requests: RecordedRequest[] = [];
  ssh: { host: string; port: number };
  capacityCpu: number;
  deployDelayMs: number;
  private readonly vms = new Map<string, VmRecord>();
  private readonly configs = new Map<string, ConfigRecord>();
  private readonly faults: (Fault & { left: number })[] = [];
  /** 2.x tokens: value → email; revoked ones are removed. */
  private readonly v2Tokens = new Map<string, string>();
  private server: http.Server | undefined;
  private readonly sockets = new Set<net.Socket>();
  url = '';

  constructor(readonly options: FakeOrkaOptions) {
    this.ssh = options.ssh;
    this.capacityCpu = options.capacityCpu ?? Number.POSITIVE_INFINITY;
    this.deployDelayMs = options.deployDelayMs ?? 0;
  }

  async start(): Promise<this> {
    this.server = http.createServer((req, res) => void this.handle(req, res));
    this.server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as net.AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  inject(fault: Fault): void {
    this.faults.push({ ...fault, left: fault.times ?? 1 });
  }

  /** Drops every fault not yet used up. */
  clearFaults(): void {
    this.faults.length = 0;
  }

  /** VM instances that exist (3.x VMs; 2.x deployed instances). */
  vmCount(): number {
    return this.vms.size;
  }

  /** 2.x VM configs that exist. */
  configCount(): number {
    return this.configs.size;
  }

  calls(route: Route, method?: string): RecordedRequest[] {
    return this.requests.filter((r) => r.route === route && (method === undefined || r.method === method));
  }

  /** Adds a 2.x VM config as if someone had created it before the run. */
  addConfig(name: string, image = '90GBigSurSSH.img', cpu = 3): void {
    this.configs.set(name, { name, image, cpu });
  }

  removeConfig(name: string): void {
    this.configs.delete(name);
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const body = await readJson(req);
    const url = new URL(req.url ?? '/', 'http://fake');
    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    const version = this.options.version;
    const route = version === '3' ? routeV3(req.method!, url.pathname) : routeV2(req.method!, url.pathname);
    const fault = this.takeFault(route);
    const record: RecordedRequest = { version, method: req.method!, path: url.pathname, route, body, token, status: 0, faulted: fault !== undefined };
    this.requests.push(record);
    res.once('close', () => {
      if (!res.writableEnded) record.abandoned = true;
    });
    const send = (status: number, payload?: unknown, headers: http.OutgoingHttpHeaders = {}): void => {
      record.status = status;
      if (res.destroyed) return;
      res.writeHead(status, { ...(payload === undefined ? {} : { 'content-type': 'application/json' }), ...headers });
      res.end(payload === undefined ? undefined : JSON.stringify(payload));
    };

    if (fault?.delayMs) await sleep(fault.delayMs);
    if (fault?.drop && !fault.apply) {
      record.status = -1;
      req.socket.destroy();
      return;
    }
    if (fault?.status !== undefined && !fault.apply) {
      await this.sendFault(fault, route, send, record, res);
      return;
    }
    const answer = version === '3' ? await this.handleV3(req.method!, url.pathname, body, token) : await this.handleV2(req.method!, url.pathname, body, token);
    if (fault?.drop) {
      record.status = -1;
      req.socket.destroy();
      return;
    }
    if (fault?.status !== undefined) {
      await this.sendFault(fault, route, send, record, res);
      return;
    }
    send(answer.status, answer.body);
  }

  private async sendFault(fault: Fault, route: Route, send: (status: number, payload?: unknown, headers?: http.OutgoingHttpHeaders) => void, record: RecordedRequest, res: http.ServerResponse): Promise<void> {
    const status = fault.status!;
    if (fault.bodyBytes === undefined) {
      send(status, fault.body ?? this.errorBody(status, `injected fault on ${route}`), retryAfter(fault));
      return;
    }
    record.status = status;
    res.writeHead(status, { 'content-type': 'application/json', ...retryAfter(fault) });
    const [head, tail] = JSON.stringify(this.errorBody(status, '\u0000')).split('\\u0000');
    res.write(head);
    const piece = Buffer.alloc(1 << 20, 'x');
    for (let sent = 0; sent < fault.bodyBytes && !res.destroyed; sent += piece.length) {
      if (!res.write(piece)) {
        // Each wait takes its listeners off again, so a long body does not pile them up.
        await new Promise<void>((resolve) => {
          const done = () => {
            res.off('drain', done);
            res.off('close', done);
            resolve();
          };
          res.once('drain', done);
          res.once('close', done);
        });
      }
    }
    if (!res.destroyed) res.end(tail);
  }

  private takeFault(route: Route): Fault | undefined {
    const index = this.faults.findIndex((f) => f.on === route && f.left > 0);
    if (index === -1) return undefined;
    const fault = this.faults[index];
    fault.left--;
    if (fault.left === 0) this.faults.splice(index, 1);
    return fault;
  }

  private errorBody(status: number, message: string): unknown {
    return this.options.version === '3' ? status3(status, message) : envelope2({}, [message]);
  }

  // ------------------------------------------------------------------ 3.x

  private async handleV3(method: string, pathname: string, body: unknown, token: string | undefined): Promise<Answer> {
    if (method === 'GET' && pathname === '/api/v1/cluster-info') {
      return { status: 200, body: { apiEndpoint: 'https://10.221.188.20:6443', apiDomain: '', certData: '', appClientId: '', baseOauthEndpoint: '', gpuPassthroughEnabled: false } };
    }
    const match = /^\/api\/v1\/namespaces\/([^/]+)\/vms(?:\/([^/]+))?$/.exec(pathname);
    if (match === null) return { status: 404, body: status3(404, `the server could not find the requested resource (${pathname})`, 'NotFound') };
    if (token === undefined || !(this.options.tokens ?? []).includes(token)) return { status: 401, body: status3(401, 'Unauthorized', 'Unauthorized') };
    const namespace = decodeURIComponent(match[1]);
    const name = match[2] === undefined ? undefined : decodeURIComponent(match[2]);
    if (!(this.options.namespaces ?? ['orka-default']).includes(namespace)) {
      return { status: 404, body: status3(404, `namespaces "${namespace}" not found`, 'NotFound') };
    }
    if ((this.options.forbiddenNamespaces ?? []).includes(namespace)) {
      return { status: 403, body: status3(403, `User "system:serviceaccount:orka-default:ci" cannot create resource "virtualmachineinstances" in API group "orka.macstadium.com" in the namespace "${namespace}"`, 'Forbidden') };
    }
    const key = (n: string): string => `${namespace}/${n}`;
    if (name === undefined && method === 'GET') {
      return { status: 200, body: { items: [...this.vms.values()].filter((v) => v.namespace === namespace).map((v) => this.vmItem(v)) } };
    }
    if (name !== undefined && method === 'GET') {
      const vm = this.vms.get(key(name));
      return vm === undefined ? { status: 404, body: status3(404, `virtualmachineinstances.orka.macstadium.com "${name}" not found`, 'NotFound') } : { status: 200, body: this.vmItem(vm) };
    }
    if (name !== undefined && method === 'DELETE') {
      if (!this.vms.delete(key(name))) return { status: 404, body: status3(404, `virtualmachineinstances.orka.macstadium.com "${name}" not found`, 'NotFound') };
      // DELETE answers with an empty body, as the reference notes.
      return { status: 200 };
    }
    if (name === undefined && method === 'POST') return this.deployV3(namespace, body as Record<string, unknown> | undefined);
    return { status: 405, body: status3(405, 'method not allowed', 'MethodNotAllowed') };
  }

  private async deployV3(namespace: string, body: Record<string, unknown> | undefined): Promise<Answer> {
    const vmName = typeof body?.name === 'string' ? body.name : `vm-${randomBytes(3).toString('hex')}`;
    if (typeof body?.image !== 'string' && typeof body?.vmConfig !== 'string') {
      return { status: 400, body: status3(400, 'either image or vmConfig is required', 'BadRequest') };
    }
    if (!V3_NAME.test(vmName) || vmName.length > 63) {
      return { status: 400, body: status3(400, `invalid VM name "${vmName}": at most 63 lowercase letters, digits and dashes, starting with a letter`, 'BadRequest') };
    }
    if (this.vms.has(`${namespace}/${vmName}`)) {
      // 409 for a duplicate name is the reference's [?]; Kubernetes answers AlreadyExists that way.
      return { status: 409, body: status3(409, `virtualmachineinstances.orka.macstadium.com "${vmName}" already exists`, 'AlreadyExists') };
    }
    const cpu = typeof body.cpu === 'number' ? body.cpu : 3;
    if (this.usedCpu() + cpu > this.capacityCpu) {
      // The 3.x status for this is a [?]; 500 with the 2.x wording is what this fake answers.
      return { status: 500, body: status3(500, 'No available nodes with sufficient CPU.', 'InternalError') };
    }
    const vm: VmRecord = { name: vmName, namespace, cpu, status: 'Pending' };
    this.vms.set(`${namespace}/${vmName}`, vm);
    const timeoutMs = (typeof body.timeout === 'number' ? body.timeout : 10) * (this.options.minuteMs ?? 60_000);
    if (this.deployDelayMs > timeoutMs) {
      await sleep(timeoutMs);
      return { status: 500, body: status3(500, `timed out waiting for VM "${vmName}" to be running; it stays Pending`, 'Timeout') };
    }
    await sleep(this.deployDelayMs);
    if (this.vms.get(`${namespace}/${vmName}`) !== vm) return { status: 404, body: status3(404, `VM "${vmName}" was deleted while deploying`, 'NotFound') };
    vm.status = 'Running';
    return { status: 200, body: this.vmItem(vm) };
  }

  private vmItem(vm: VmRecord): Record<string, unknown> {
    const running = vm.status === 'Running';
    return {
      name: vm.name,
      node: 'mini-arm-1',
      ip: running ? this.ssh.host : '',
      ssh: running ? this.ssh.port : 0,
      vnc: 5999,
      screenshare: 5900,
      cpu: vm.cpu,
      memory: '4.80Gi',
      image: 'sonoma-90gb-orka3-arm',
      status: vm.status,
      deployDate: new Date().toISOString(),
      gpuPassthrough: false,
      portWarnings: [],
    };
  }

  private usedCpu(): number {
    let used = 0;
    for (const vm of this.vms.values()) used += vm.cpu;
    return used;
  }

  // ------------------------------------------------------------------ 2.x

  private async handleV2(method: string, pathname: string, body: unknown, token: string | undefined): Promise<Answer> {
    const input = (body ?? {}) as Record<string, unknown>;
    if (method === 'GET' && pathname === '/health-check') {
      return { status: 200, body: envelope2({ api_version: this.options.apiVersion ?? '2.4.0', message: 'OK' }) };
    }
    if (method === 'POST' && pathname === '/token') return this.login(input);
    const email = token === undefined ? undefined : this.v2Tokens.get(token);
    if (email === undefined) {
      return { status: 401, body: envelope2({ message: 'Unauthorized' }, [token === undefined ? 'No token provided' : 'invalid signature']) };
    }
    if (pathname === '/token' && method === 'GET') {
      return { status: 200, body: envelope2({ authenticated: true, is_token_revoked: false, email }) };
    }
    if (pathname === '/token' && method === 'DELETE') {
      let revoked = 0;
      for (const [value, owner] of [...this.v2Tokens]) {
        // From 2.1.1 a user has one token, so revoking it affects every holder (here: it is the same value).
        if (value === token || (this.singleToken() && owner === email)) {
          this.v2Tokens.delete(value);
          revoked++;
        }
      }
      return { status: 200, body: envelope2({ message: 'Token revoked', tokensRevoked: revoked }) };
    }
    if (pathname === '/resources/vm/create' && method === 'POST') return this.createConfig(input);
    if (pathname === '/resources/vm/deploy' && method === 'POST') return this.deployV2(input);
    if (pathname === '/resources/vm/delete' && method === 'DELETE') {
      const target = String(input.orka_vm_name ?? '');
      const victims = [...this.vms.values()].filter((v) => v.config === target || v.id === target);
      if (victims.length === 0) return { status: 404, body: envelope2({ message: '' }, [`No VMs with name ${target} are deployed`]) };
      for (const v of victims) this.vms.delete(v.id!);
      return { status: 200, body: envelope2({ message: 'Successfully deleted VM' }) };
    }
    if (pathname === '/resources/vm/purge' && method === 'DELETE') {
      const target = String(input.orka_vm_name ?? '');
      if (!this.configs.has(target)) return { status: 404, body: envelope2({ message: '' }, [`VM with name ${target} not found`]) };
      for (const v of [...this.vms.values()]) if (v.config === target) this.vms.delete(v.id!);
      this.configs.delete(target);
      return { status: 200, body: envelope2({ message: 'Successfully purged VM' }) };
    }
    if (pathname === '/resources/vm/list' && method === 'GET') {
      return { status: 200, body: envelope2({ virtual_machine_resources: [...this.configs.keys()].map((c) => this.statusItem(c)) }) };
    }
    const status = /^\/resources\/vm\/status\/([^/]+)$/.exec(pathname);
    if (status !== null && method === 'GET') {
      const name = decodeURIComponent(status[1]);
      return { status: 200, body: envelope2({ virtual_machine_resources: this.configs.has(name) ? [this.statusItem(name)] : [] }) };
    }
    if (pathname === '/resources/vm/configs' && method === 'GET') {
      return { status: 200, body: envelope2({ configs: [...this.configs.values()].map((c) => ({ orka_vm_name: c.name, orka_cpu_core: c.cpu, orka_base_image: c.image, memory: 'auto' })) }) };
    }
    return { status: 404, body: envelope2({ message: 'Not found' }, [`Cannot ${method} ${pathname}`]) };
  }

  private login(input: Record<string, unknown>): Answer {
    const user = (this.options.users ?? []).find((u) => u.email === input.email && u.password === input.password);
    if (user === undefined) {
      // The reference leaves the code open ([?], "probably 401 or 400"); this fake answers 401.
      return { status: 401, body: envelope2({ message: 'Authentication failed' }, ['Invalid email or password']) };
    }
    let token = this.singleToken() ? [...this.v2Tokens].find(([, owner]) => owner === user.email)?.[0] : undefined;
    if (token === undefined) {
      token = `eyJhbGciOiJIUzI1NiJ9.${Buffer.from(JSON.stringify({ email: user.email, n: randomBytes(6).toString('hex') })).toString('base64url')}.${randomBytes(16).toString('base64url')}`;
      this.v2Tokens.set(token, user.email);
    }
    return { status: 200, body: envelope2({ message: 'Token created', token }) };
  }

  private singleToken(): boolean {
    const [major, minor, patch] = (this.options.apiVersion ?? '2.4.0').split('.').map((p) => Number.parseInt(p, 10) || 0);
    return major > 2 || (major === 2 && (minor > 1 || (minor === 1 && patch >= 1)));
  }

  private createConfig(input: Record<string, unknown>): Answer {
    const name = String(input.orka_vm_name ?? '');
    if (!V3_NAME.test(name) || name.length > 38) {
      return { status: 400, body: envelope2({ message: '' }, ['VM name must consist of lower case alphanumeric characters or "-", start with an alphabetic character, and end with an alphanumeric character']) };
    }
    if (typeof input.orka_base_image !== 'string' || input.orka_base_image === '') {
      return { status: 400, body: envelope2({ message: '' }, ['orka_base_image is required']) };
    }
    if (this.configs.has(name)) {
      // Duplicate-name code and message are a [?] in the reference.
      return { status: 409, body: envelope2({ message: '' }, [`VM configuration with name ${name} already exists`]) };
    }
    this.configs.set(name, { name, image: input.orka_base_image, cpu: Number(input.orka_cpu_core ?? 3) });
    return { status: 201, body: envelope2({ message: 'Successfully Created', help: { required_request_data_for_deploy: ['orka_vm_name'] } }) };
  }

  private async deployV2(input: Record<string, unknown>): Promise<Answer> {
    const name = String(input.orka_vm_name ?? '');
    const config = this.configs.get(name);
    const emptyDeploy = { ip: '', ssh_port: '', vm_id: '', screen_share_port: '', vnc_port: '' };
    if (config === undefined) {
      return { status: 404, body: envelope2({ message: '', ...emptyDeploy }, [this.configs.size === 0 ? 'No VM configurations exist' : `No VM configuration with name ${name} exists`]) };
    }
    if (this.usedCpu() + config.cpu > this.capacityCpu) {
      // Clients key on `errors`; the HTTP code is a [?]. This fake answers 500.
      return { status: 500, body: envelope2({ message: '', ...emptyDeploy }, ['No available nodes with sufficient CPU.']) };
    }
    const id = randomBytes(7).toString('hex').slice(0, 13);
    const vm: VmRecord = { name, namespace: '', cpu: config.cpu, status: 'Pending', config: name, id };
    this.vms.set(id, vm);
    await sleep(this.deployDelayMs);
    if (this.vms.get(id) !== vm) return { status: 500, body: envelope2({ message: '', ...emptyDeploy }, ['VM was deleted during deployment']) };
    vm.status = 'Running';
    return {
      status: 200,
      body: envelope2({
        message: 'Successfully deployed VM',
        help: { data_for_virtual_machine_exec_tasks: { orka_vm_name: id } },
        ip: this.ssh.host,
        // A string in 2.x.
        ssh_port: String(this.ssh.port),
        screen_share_port: '5901',
        vnc_port: '6001',
        vm_id: id,
        ram: '15G',
        vcpu: String(config.cpu),
        host_cpu: '12',
        port_warnings: [],
        io_boost: false,
        use_saved_state: false,
        gpu_passthrough: false,
      }),
    };
  }

  private statusItem(configName: string): Record<string, unknown> {
    const config = this.configs.get(configName)!;
    const instances = [...this.vms.values()].filter((v) => v.config === configName);
    if (instances.length === 0) {
      return { virtual_machine_name: configName, vm_deployment_status: 'Not Deployed', owner: 'ci@example.com', cpu: config.cpu, vcpu: config.cpu, base_image: config.image, image: configName, io_boost: false, use_saved_state: false, gpu_passthrough: false, configuration_template: 'default' };
    }
    return {
      virtual_machine_name: configName,
      vm_deployment_status: 'Deployed',
      status: instances.map((v) => ({
        owner: 'ci@example.com', virtual_machine_name: configName, virtual_machine_id: v.id, node_location: 'macpro-1', node_status: 'UP',
        virtual_machine_ip: this.ssh.host, vnc_port: '6001', screen_sharing_port: '5901', ssh_port: String(this.ssh.port), cpu: config.cpu, vcpu: config.cpu,
        gpu: 'N/A', RAM: '15G', base_image: config.image, image: configName, configuration_template: 'default', vm_status: 'running',
        io_boost: false, use_saved_state: false, reserved_ports: [], creationTimestamp: new Date().toISOString(),
      })),
    };
  }
}

interface Answer {
  readonly status: number;
  readonly body?: unknown;
}

function routeV3(method: string, pathname: string): Route {
  if (pathname === '/api/v1/cluster-info') return 'cluster-info';
  const match = /^\/api\/v1\/namespaces\/[^/]+\/vms(\/[^/]+)?$/.exec(pathname);
  if (match === null) return 'unknown';
  if (match[1] === undefined) return method === 'POST' ? 'deploy' : 'list-vms';
  return method === 'DELETE' ? 'delete' : 'get-vm';
}

function routeV2(method: string, pathname: string): Route {
  if (pathname === '/health-check') return 'health-check';
  if (pathname === '/token') return method === 'POST' ? 'token' : method === 'DELETE' ? 'revoke' : 'token-info';
  const table: Record<string, Route> = {
    '/resources/vm/create': 'create', '/resources/vm/deploy': 'deploy', '/resources/vm/delete': 'delete',
    '/resources/vm/purge': 'purge', '/resources/vm/list': 'list', '/resources/vm/configs': 'configs',
  };
  if (table[pathname] !== undefined) return table[pathname];
  return pathname.startsWith('/resources/vm/status/') ? 'status' : 'unknown';
}

/** The Kubernetes-Status-like error object of the Orka 3 API. */
function status3(code: number, message: string, reason = 'InternalError'): Record<string, unknown> {
  return { apiVersion: 'v1', kind: 'Status', status: 'Failure', message, reason, code, details: {}, metadata: {} };
}

/** The 2.x response envelope: `message`, `help`, `errors`. */
function envelope2(fields: Record<string, unknown>, errors: string[] = []): Record<string, unknown> {
  return { message: '', help: {}, ...fields, errors: errors.map((message) => ({ message })) };
}

function retryAfter(fault: Fault): http.OutgoingHttpHeaders {
  return fault.retryAfter === undefined ? {} : { 'retry-after': String(fault.retryAfter) };
}

function readJson(req: http.IncomingMessage): Promise<unknown> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      try {
        resolve(text === '' ? undefined : JSON.parse(text));
      } catch {
        resolve(undefined);
      }
    });
    req.on('error', () => resolve(undefined));
  });
}

/** A pause that does not keep the test process alive: a delay meant to outlast a test is not waited for when the test file ends. */
function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
