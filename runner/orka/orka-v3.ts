import { Config, NAME_SUFFIX_LENGTH } from './config';
import { ENV, EXIT } from './contract';
import { RunnerError, sleep } from './errors';
import { HttpResponse, NetworkError, OrkaHttp } from './http';
import { Log, seconds } from './log';
import {
  AttemptOutcome, deployLoop, describeResponse, generateName, isCapacityMessage, isSuccess, OrkaBackend, portNumber,
  serverMessage, Vm,
} from './orka';

/** How often a VM that Orka reported as not yet running is looked at again. */
const STATUS_POLL_MS = 1000;

interface VmItem {
  readonly name?: string;
  readonly ip?: string;
  readonly ssh?: unknown;
  readonly status?: string;
  readonly errorMessage?: string;
}

/**
 * Orka 3.x: bearer service-account token, namespaced `/api/v1/namespaces/{ns}/vms`, a deploy call
 * that blocks until the VM runs, and no way to revoke a token.
 */
export class OrkaV3 implements OrkaBackend {
  /** Every name a create was sent for and not yet confirmed deleted. */
  private readonly pending = new Set<string>();
  private current: string | undefined;

  constructor(
    private readonly config: Config,
    private readonly http: OrkaHttp,
    private readonly log: Log,
  ) {}

  get vmName(): string | undefined {
    return this.current;
  }

  async login(): Promise<void> {
    // The token is a pre-provisioned service-account token; the first real call proves it.
    this.log.step('auth', `service-account token from ${this.config.tokenFile}`, Date.now());
  }

  async deploy(signal: AbortSignal, deadline: number): Promise<Vm> {
    const started = Date.now();
    const vm = await deployLoop(() => this.attempt(signal, deadline), {
      policy: this.config.retry,
      log: this.log,
      signal,
      deadline,
      deployTimeoutMs: this.config.timeouts.deployMs,
      afterFailure: () => this.deleteLeftovers(signal, deadline),
    });
    this.log.step('deploy', `${vm.name} at ${vm.host}:${vm.port}`, started);
    return vm;
  }

  async cleanup(signal: AbortSignal, deadline: number): Promise<void> {
    if (this.pending.size === 0) return;
    const started = Date.now();
    const names = [...this.pending];
    let failures: { name: string; reason: string }[];
    try {
      failures = await this.deleteAll(signal, deadline);
    } catch (err) {
      // The cleanup budget ran out (a hung Orka API): say what is left and how to remove it.
      if (!signal.aborted) throw err;
      failures = [...this.pending].map((name) => ({ name, reason: `no answer within ${seconds(this.config.timeouts.cleanupMs)}, ${ENV.cleanupTimeout}` }));
    }
    if (failures.length > 0) {
      const hint = failures.map((f) => `orka3 vm delete ${f.name} --namespace ${this.config.namespace}`).join('; ');
      throw new RunnerError('delete', `could not delete ${failures.map((f) => `${f.name} (${f.reason})`).join(', ')}; delete it by hand: ${hint}`);
    }
    this.log.step('delete', names.join(', '), started);
  }

  async logout(): Promise<void> {
    if (this.config.revokeToken === 'always') {
      this.log.info('revoke: skipped: Orka 3 has no token revocation endpoint; rotate the service-account token out of band');
    }
  }

  private path(name?: string): string {
    const base = `/api/v1/namespaces/${encodeURIComponent(this.config.namespace)}/vms`;
    return name === undefined ? base : `${base}/${encodeURIComponent(name)}`;
  }

  private async attempt(signal: AbortSignal, deadline: number): Promise<AttemptOutcome> {
    const name = generateName(this.config.vm.namePrefix, NAME_SUFFIX_LENGTH);
    // Recorded before the request leaves, so cleanup covers a create that fails or times out half-way.
    this.pending.add(name);
    this.current = name;
    const { vm } = this.config;
    const remainingMs = Math.max(1000, deadline - Date.now());
    const body = {
      name,
      ...(vm.image !== undefined ? { image: vm.image } : { vmConfig: vm.config }),
      ...(vm.cpu !== undefined ? { cpu: vm.cpu } : {}),
      ...(vm.memoryGb !== undefined ? { memory: vm.memoryGb } : {}),
      ...(vm.tag !== undefined ? { tag: vm.tag, tagRequired: true } : {}),
      // The server's own deploy timeout (minutes, default 10) must not cut our budget short.
      timeout: Math.ceil(remainingMs / 60_000),
    };
    let response: HttpResponse;
    try {
      response = await this.http.call('deploy', {
        method: 'POST', path: this.path(), body, token: this.config.token, retry: 'unsent', timeoutMs: remainingMs, deadline, signal,
      });
    } catch (err) {
      // Unreachable API (already retried by the HTTP layer) is reported as such; only a request
      // that may have reached Orka leaves a VM to clean up and retry.
      if (err instanceof NetworkError && err.maybeProcessed) return { retry: 'transient', reason: err.message };
      if (err instanceof NetworkError) this.pending.delete(name);
      throw err;
    }
    if (isSuccess(response)) return this.whenRunning(name, response.body as VmItem | undefined, signal, deadline);
    const message = serverMessage(response, this.log);
    if (response.status === 409) {
      // Someone else's VM has this name: it is not ours to delete.
      this.pending.delete(name);
      return { retry: 'collision', reason: `the name ${name} is taken` };
    }
    if (isCapacityMessage(message)) return { retry: 'capacity', reason: `Orka answered ${describeResponse(response, this.log)}` };
    if (response.status >= 500 || response.status === 429 || response.status === 408) {
      return { retry: 'transient', reason: `Orka answered ${describeResponse(response, this.log)}` };
    }
    // A 4xx means the request was refused, so no VM by that name exists to delete.
    this.pending.delete(name);
    throw this.permanent('deploy', response);
  }

  /** The deploy answer normally says Running; if it does not, watch the VM until it does, fails, or time runs out. */
  private async whenRunning(name: string, item: VmItem | undefined, signal: AbortSignal, deadline: number): Promise<AttemptOutcome> {
    let current = item;
    for (;;) {
      const port = portNumber(current?.ssh);
      const status = current?.status;
      if ((status === undefined || status === 'Running') && current?.ip && port !== undefined) {
        return { vm: { name, host: current.ip, port } };
      }
      if (status === 'Failed') {
        return { retry: 'transient', reason: `VM ${name} failed to start${current?.errorMessage ? ` ("${current.errorMessage}")` : ''}` };
      }
      if (Date.now() + STATUS_POLL_MS >= deadline) return { retry: 'transient', reason: `VM ${name} was still ${status ?? 'without an address'}` };
      await sleep(STATUS_POLL_MS, signal);
      const response = await this.http.call('deploy', { method: 'GET', path: this.path(name), token: this.config.token, retry: 'idempotent', deadline, signal });
      if (response.status === 404) return { retry: 'transient', reason: `VM ${name} disappeared while starting` };
      if (!isSuccess(response)) throw this.permanent('deploy', response);
      current = response.body as VmItem | undefined;
    }
  }

  private async deleteLeftovers(signal: AbortSignal, deadline: number): Promise<void> {
    // Best effort: whatever is left stays pending and is retried by cleanup.
    await this.deleteAll(signal, deadline);
  }

  private async deleteAll(signal: AbortSignal, deadline: number): Promise<{ name: string; reason: string }[]> {
    const failures: { name: string; reason: string }[] = [];
    for (const name of [...this.pending]) {
      try {
        const response = await this.http.call('delete', {
          method: 'DELETE', path: this.path(name), token: this.config.token, retry: 'idempotent', deadline, signal,
        });
        // 404: never created, or already gone. Either way nothing is left.
        if (isSuccess(response) || response.status === 404) this.pending.delete(name);
        else failures.push({ name, reason: `Orka answered ${describeResponse(response, this.log)}` });
      } catch (err) {
        if (signal.aborted) throw err;
        failures.push({ name, reason: (err as Error).message });
      }
    }
    return failures;
  }

  private permanent(step: string, response: HttpResponse): RunnerError {
    const answer = `Orka answered ${describeResponse(response, this.log)}`;
    switch (response.status) {
      case 401:
        return new RunnerError(step, `${answer}: the token in ${this.config.tokenFile} is invalid or expired; create a new service-account token (orka3 serviceaccount token <name>) and update the secret`, EXIT.usage);
      case 403:
        return new RunnerError(step, `${answer}: the service account may not manage VMs in namespace "${this.config.namespace}"; bind it a role there or change ${ENV.namespace}`, EXIT.usage);
      case 404:
        return new RunnerError(step, `${answer}: check ${ENV.namespace}="${this.config.namespace}" and ${this.config.vm.image !== undefined ? `${ENV.vmImage}="${this.config.vm.image}"` : `${ENV.vmConfig}="${this.config.vm.config}"`} exist`, EXIT.usage);
      default:
        if (response.status >= 400 && response.status < 500) {
          return new RunnerError(step, `${answer}: check the VM settings (${ENV.vmImage}, ${ENV.vmConfig}, ${ENV.vmCpu}, ${ENV.vmMemory}, ${ENV.vmTag})`, EXIT.usage);
        }
        return new RunnerError(step, `${answer}; check the Orka cluster's health, then rerun`, EXIT.infrastructure);
    }
  }
}
