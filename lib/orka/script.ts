import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The build script a macOS VM runs. */
export abstract class OrkaBuildScript {
  /** Script text, stored in a ConfigMap next to the Task. */
  public static inline(text: string): OrkaBuildScript {
    return new InlineScript(text);
  }

  /** A local file read at synth time, stored in a ConfigMap next to the Task. */
  public static fromFile(path: string): OrkaBuildScript {
    let text: string;
    try {
      text = readFileSync(resolve(path), 'utf8');
    } catch (e) {
      throw new Error(`OrkaBuildScript.fromFile: cannot read "${path}" (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}). Give a path relative to the directory cdk8s synth runs in.`);
    }
    return new InlineScript(text);
  }

  /** A script that is part of the workspace (for example checked into the repository). */
  public static fromWorkspace(relativePath: string): OrkaBuildScript {
    if (relativePath.startsWith('/') || relativePath.split('/').includes('..')) {
      throw new Error(`OrkaBuildScript.fromWorkspace: "${relativePath}" must be a path inside the workspace, without a leading "/" or "..".`);
    }
    return new WorkspaceScript(relativePath);
  }

  /** The script text when it is stored in a ConfigMap; undefined when it comes from the workspace. */
  public abstract get text(): string | undefined;
  /** Path relative to the workspace, when it comes from the workspace. */
  public abstract get workspacePath(): string | undefined;
}

class InlineScript extends OrkaBuildScript {
  public constructor(private readonly body: string) {
    super();
    if (!body.trim()) throw new Error('OrkaBuildScript: the build script is empty. Give the commands that build the app.');
  }
  public get text(): string { return this.body; }
  public get workspacePath(): undefined { return undefined; }
}

class WorkspaceScript extends OrkaBuildScript {
  public constructor(private readonly path: string) {
    super();
  }
  public get text(): undefined { return undefined; }
  public get workspacePath(): string { return this.path; }
}
