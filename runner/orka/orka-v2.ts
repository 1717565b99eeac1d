import { Config, NAME_SUFFIX_LENGTH } from './config';
import { CREDENTIAL_FILES, ENV, EXIT } from './contract';
import { RunnerError } from './errors';
import { CallOptions, HttpResponse, NetworkError, OrkaHttp } from './http';
import { Log, seconds } from './log';
import {
  AttemptOutcome, deployLoop, describeResponse, generateName, isCapacityMessage, isSuccess, OrkaBackend, portNumber,
  serverMessage, Vm,
} from './orka';

/** From 2.1.1 on, the server keeps one token per user: revoking it logs that user out everywhere. */
const SINGLE_TOKEN_VERSION = [2, 1, 1] as const;

/**
 * Orka 2.x (legacy REST API): email/password login, a VM config per run that is deployed and then
 * purged, and token revocation only where it cannot log other sessions out.
 */
export class OrkaV2 implements OrkaBackend {
  private token: string | undefined;
  private loggedIn = false;
  private apiVersion: string | undefined;
  /** Config names created by this run and not yet purged (image mode). */
  private readonly configs = new Set<string>();
  /** Deployed instance ids of an existing config (config mode): only these are ours to delete. */
  private readonly instances = new Set<string>();
  private current: string | undefined;

  constructor(
    private readonly config: Config,
    private readonly http: OrkaHttp,
    private readonly log: Log,
  ) {
    this.token = config.token;
  }

  get vmName(): string | undefined {
    return this.current;
  }

  async login(signal: AbortSignal): Promise<void> {
    const started = Date.now();
    this.apiVersion = await this.healthCheck(signal);
    if (this.token !== undefined) {
      this.log.step('auth', `pre-made token from ${this.config.tokenFile}, server ${this.apiVersion ?? 'version unknown'}`, started);
      return;
    }
    const { credentials } = this.config;
    const response = await this.call('auth', { method: 'POST', path: '/token', body: credentials, retry: 'idempotent', signal });
    const token = (response.body as { token?: unknown } | undefined)?.token;
    if (!this.ok(response) || typeof token !== 'string' || token === '') {
      if (response.status >= 500) {
        throw new RunnerError('auth', `Orka answered ${describeResponse(response, this.log)} to the login; check the Orka cluster's health, then rerun`);
      }
      throw new RunnerError('auth', `Orka answered ${describeResponse(response, this.log)}: the ${CREDENTIAL_FILES.email}/${CREDENTIAL_FILES.password} in ${this.config.credentialsDir} were rejected; fix the secret`, EXIT.usage);
    }
    this.log.addSecret(token);
    this.token = token;
    this.loggedIn = true;
    this.log.step('auth', `logged in, server ${this.apiVersion ?? 'version unknown'}`, started);
  }

  async deploy(signal: AbortSignal, deadline: number): Promise<Vm> {
    const started = Date.now();
    const vm = await deployLoop(() => this.attempt(signal, deadline), {
      policy: this.config.retry,
      log: this.log,
      signal,
      deadline,
      deployTimeoutMs: this.config.timeouts.deployMs,
      afterFailure: async () => {
        await this.removeAll(signal, deadline);
      },
    });
    this.log.step('deploy', `${vm.name} at ${vm.host}:${vm.port}`, started);
    return vm;
  }

  async cleanup(signal: AbortSignal, deadline: number): Promise<void> {
    if (this.configs.size === 0 && this.instances.size === 0) return;
    const started = Date.now();
    const what = [...[...this.configs].map((c) => `purge ${c}`), ...[...this.instances].map((i) => `delete instance ${i}`)];
    let failures: string[];
    try {
      failures = await this.removeAll(signal, deadline);
    } catch (err) {
      // The cleanup budget ran out (a hung Orka API): say what is left and how to remove it.
      if (!signal.aborted) throw err;
      const reason = `no answer within ${seconds(this.config.timeouts.cleanupMs)}, ${ENV.cleanupTimeout}`;
      failures = [...this.configs, ...this.instances].map((name) => `${name} (${reason})`);
    }
    if (failures.length > 0) {
      const hint = [...this.configs].map((c) => `orka vm purge -v ${c}`).concat([...this.instances].map((i) => `orka vm delete -v ${i}`)).join('; ');
      throw new RunnerError('delete', `could not remove ${failures.join(', ')}; remove it by hand: ${hint}`);
    }
    this.log.step('delete', what.join(', '), started);
  }

  async logout(signal: AbortSignal): Promise<void> {
    // Login failed or never happened: there is nothing to revoke.
    if (this.token === undefined) return;
    const decision = this.revokeDecision();
    if (decision !== undefined) {
      this.log.info(`revoke: skipped: ${decision}`);
      return;
    }
    const started = Date.now();
    try {
      const response = await this.call('revoke', { method: 'DELETE', path: '/token', retry: 'idempotent', signal });
      if (this.ok(response) || response.status === 401) {
        this.log.step('revoke', `token revoked (server ${this.apiVersion ?? 'version unknown'})`, started);
        return;
      }
      this.log.info(`revoke: Orka answered ${describeResponse(response, this.log)}; the token stays valid until it expires`);
    } catch (err) {
      const reason = signal.aborted ? `${ENV.cleanupTimeout} ran out` : (err as Error).message;
      this.log.info(`revoke: ${reason}; the token stays valid until it expires`);
    }
  }

  /** Why not to revoke, or undefined to revoke. */
  private revokeDecision(): string | undefined {
    switch (this.config.revokeToken) {
      case 'never': return `${ENV.revokeToken}=never`;
      case 'always': return undefined;
      case 'auto':
        if (!this.loggedIn) return `the token came from ${ENV.tokenFile}, not from a login by this run`;
        if (this.apiVersion === undefined) return 'the server version is unknown, and on 2.1.1 or later revoking logs the user out everywhere';
        if (!versionBelow(this.apiVersion, SINGLE_TOKEN_VERSION)) {
          return `Orka ${this.apiVersion} keeps a single token per user; revoking it would log out every other session of that user`;
        }
        return undefined;
    }
  }

  private async healthCheck(signal: AbortSignal): Promise<string | undefined> {
    const response = await this.call('auth', { method: 'GET', path: '/health-check', retry: 'idempotent', signal });
    const version = (response.body as { api_version?: unknown } | undefined)?.api_version;
    return isSuccess(response) && typeof version === 'string' && version !== '' ? version : undefined;
  }

  private async attempt(signal: AbortSignal, deadline: number): Promise<AttemptOutcome> {
    const { vm } = this.config;
    const remainingMs = Math.max(1000, deadline - Date.now());
    let configName = vm.config;
    try {
      if (configName === undefined) {
        configName = generateName(vm.namePrefix, NAME_SUFFIX_LENGTH);
        // Recorded before the request leaves, so a create that fails half-way is still purged.
        this.configs.add(configName);
        this.current = configName;
        const created = await this.call('deploy', {
          method: 'POST',
          path: '/resources/vm/create',
          body: {
            orka_vm_name: configName,
            orka_base_image: vm.image,
            orka_image: configName,
            orka_cpu_core: vm.cpu,
            vcpu_count: vm.cpu,
            ...(vm.memoryGb !== undefined ? { memory: vm.memoryGb } : {}),
            ...(vm.tag !== undefined ? { tag: vm.tag, tag_required: true } : {}),
          },
          retry: 'unsent',
          signal,
          deadline,
        }).catch((err: unknown) => {
          // Never reached Orka: no config was created.
          if (err instanceof NetworkError && !err.maybeProcessed) this.configs.delete(configName!);
          throw err;
        });
        if (!this.ok(created)) {
          // A refused create (4xx) left no config behind; anything else may have.
          if (created.status >= 400 && created.status < 500 && created.status !== 408 && created.status !== 429) this.configs.delete(configName);
          return this.failure(created, 'creating the VM config');
        }
      }
      const deployed = await this.call('deploy', {
        method: 'POST',
        path: '/resources/vm/deploy',
        body: { orka_vm_name: configName },
        // A repeated deploy of our own config is harmless (purge removes every instance); of someone
        // else's config it could leave an instance we cannot identify.
        retry: vm.config === undefined ? 'idempotent' : 'unsent',
        timeoutMs: remainingMs,
        signal,
        deadline,
      });
      if (!this.ok(deployed)) return this.failure(deployed, 'deploying');
      const body = deployed.body as { ip?: unknown; ssh_port?: unknown; vm_id?: unknown };
      if (vm.config !== undefined && typeof body.vm_id === 'string') {
        this.instances.add(body.vm_id);
        this.current = body.vm_id;
      }
      const port = portNumber(body.ssh_port);
      if (typeof body.ip !== 'string' || body.ip === '' || port === undefined) {
        return { retry: 'transient', reason: 'Orka answered the deploy without an ip and ssh_port' };
      }
      return { vm: { name: this.current ?? configName, host: body.ip, port } };
    } catch (err) {
      if (err instanceof NetworkError && err.maybeProcessed) {
        if (vm.config !== undefined) {
          throw new RunnerError('deploy', `${err.message}; an instance of config ${vm.config} may have been deployed and cannot be identified: check \`orka vm status -v ${vm.config}\``);
        }
        return { retry: 'transient', reason: err.message };
      }
      throw err;
    }
  }

  private failure(response: HttpResponse, doing: string): AttemptOutcome {
    const message = serverMessage(response, this.log);
    if (isCapacityMessage(message)) return { retry: 'capacity', reason: `Orka answered ${describeResponse(response, this.log)}` };
    if (response.status >= 500 || response.status === 429 || response.status === 408) {
      if (this.config.vm.config !== undefined && response.status !== 429) {
        throw new RunnerError('deploy', `Orka answered ${describeResponse(response, this.log)} while ${doing}; an instance of config ${this.config.vm.config} may have been deployed: check \`orka vm status -v ${this.config.vm.config}\``);
      }
      return { retry: 'transient', reason: `Orka answered ${describeResponse(response, this.log)} while ${doing}` };
    }
    if (response.status === 401) {
      throw new RunnerError('deploy', `Orka answered ${describeResponse(response, this.log)}: the token is invalid, expired or revoked; ${this.config.tokenFile !== undefined ? `replace the token in ${this.config.tokenFile}` : 'rerun to log in again'}`, EXIT.usage);
    }
    const settings = this.config.vm.config !== undefined ? `${ENV.vmConfig}="${this.config.vm.config}"` : `${ENV.vmImage}="${this.config.vm.image}", ${ENV.vmCpu}=${this.config.vm.cpu}`;
    throw new RunnerError('deploy', `Orka answered ${describeResponse(response, this.log)} while ${doing}; check ${settings}`, EXIT.usage);
  }

  /** Purges our configs (every instance with them) and deletes our instances of a foreign config. Returns what could not be removed. */
  private async removeAll(signal: AbortSignal, deadline: number): Promise<string[]> {
    const failures: string[] = [];
    const targets = [
      ...[...this.configs].map((name) => ({ set: this.configs, name, path: '/resources/vm/purge' })),
      ...[...this.instances].map((name) => ({ set: this.instances, name, path: '/resources/vm/delete' })),
    ];
    for (const target of targets) {
      try {
        const response = await this.call('delete', {
          method: 'DELETE', path: target.path, body: { orka_vm_name: target.name }, retry: 'idempotent', signal, deadline,
        });
        if (this.ok(response) || isGone(response, this.log)) target.set.delete(target.name);
        else failures.push(`${target.name} (Orka answered ${describeResponse(response, this.log)})`);
      } catch (err) {
        if (signal.aborted) throw err;
        failures.push(`${target.name} (${(err as Error).message})`);
      }
    }
    return failures;
  }

  /** 2.x signals failure by status or by a non-empty `errors` array, whichever comes. */
  private ok(response: HttpResponse): boolean {
    const errors = (response.body as { errors?: unknown } | undefined)?.errors;
    return isSuccess(response) && !(Array.isArray(errors) && errors.length > 0);
  }

  private call(step: string, options: Omit<CallOptions, 'token'>): Promise<HttpResponse> {
    return this.http.call(step, { ...options, token: options.path === '/token' && options.method === 'POST' ? undefined : this.token });
  }
}

function isGone(response: HttpResponse, log: Log): boolean {
  return response.status === 404 || /not (found|exist)|does not exist|no such/i.test(serverMessage(response, log));
}

/** True when a dotted version such as "2.0.4" is below `limit`; unparsable parts count as 0. */
export function versionBelow(version: string, limit: readonly number[]): boolean {
  const parts = version.replace(/^v/, '').split(/[.-]/).map((p) => Number.parseInt(p, 10) || 0);
  for (let i = 0; i < limit.length; i++) {
    const part = parts[i] ?? 0;
    if (part !== limit[i]) return part < limit[i];
  }
  return false;
}
