/** A key of a Kubernetes Secret. */
export interface SecretKey {
  /** Secret name. */
  readonly name: string;
  /** Key inside the secret. */
  readonly key: string;
}

/** Options of a current (3.x) Orka cluster. */
export interface OrkaClusterV3Options {
  /** Orka API base URL, e.g. `https://10.221.188.20` (reachable from the cluster's pods). */
  readonly url: string;
  /** @default 'orka-default' */
  readonly namespace?: string;
  /** Secret holding a service-account token (`orka3 serviceaccount token <name>`); key defaults to `token`. */
  readonly tokenSecret: string | SecretKey;
}

/** Options of a legacy (2.x REST API) Orka cluster. */
export interface OrkaClusterV2Options {
  /** Orka API base URL, e.g. `http://10.221.188.20`. */
  readonly url: string;
  /** Secret with keys `email`, `password` and `licenseKey`, such as `tekton-orka-creds`. */
  readonly credentialsSecret: string;
  /**
   * Revoke the token after the build: `auto` revokes only on servers older than 2.1.1 (from
   * 2.1.1 one token is shared by all sessions of the user, so revoking logs everyone out).
   * @default 'auto'
   */
  readonly revokeToken?: 'auto' | 'always' | 'never';
}

/**
 * The MacStadium Orka cluster a build runs on.
 * The API facts relied on (paths, tokens, v2 revocation) are those the fake Orka server of the
 * runner's tests implements, test/runner/fake-orka.ts.
 */
export class OrkaCluster {
  /** Orka 3.x: service-account bearer token. */
  public static v3(options: OrkaClusterV3Options): OrkaCluster {
    const token = typeof options.tokenSecret === 'string' ? { name: options.tokenSecret, key: 'token' } : options.tokenSecret;
    return new OrkaCluster(3, options.url, options.namespace ?? 'orka-default', token, undefined, undefined);
  }

  /** Orka 2.x: email, password and license key. */
  public static v2(options: OrkaClusterV2Options): OrkaCluster {
    return new OrkaCluster(2, options.url, undefined, undefined, options.credentialsSecret, options.revokeToken ?? 'auto');
  }

  private constructor(
    /** 3 for current Orka, 2 for the legacy REST API. */
    public readonly apiVersion: 2 | 3,
    /** The Orka API base URL. */
    public readonly url: string,
    /** The v3 namespace; undefined for v2. */
    public readonly namespace: string | undefined,
    /** The Secret key holding the v3 token; undefined for v2. */
    public readonly tokenSecret: SecretKey | undefined,
    /** The v2 Secret with email, password and licenseKey; undefined for v3. */
    public readonly credentialsSecret: string | undefined,
    /** When the v2 runner revokes its token; undefined for v3. */
    public readonly revokeToken: 'auto' | 'always' | 'never' | undefined,
  ) {
    if (!/^https?:\/\/[^\s/]+/.test(url)) {
      throw new Error(`OrkaCluster.v${apiVersion}: url "${url}" is not an http(s) URL. Give the Orka API endpoint, e.g. http://10.221.188.20.`);
    }
  }
}
