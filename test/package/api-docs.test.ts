// The published typings are the public API and nothing else: this walks what build/lib/index.d.ts
// exports (as a user's editor sees it, after `stripInternal`) with the TypeScript compiler and
// lists every exported declaration or public member without a doc comment, every optional
// property without `@default`, every constructor parameter that is an internal (`owner`, `raw`)
// and every internal module exported by name. Each list must be empty.
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const BUILD = resolve(__dirname, '../../build/lib');

interface Findings {
  readonly undocumented: string[];
  readonly noDefault: string[];
  readonly internalParams: string[];
  readonly exported: string[];
}

function isPublicMember(member: ts.Declaration): boolean {
  const flags = ts.getCombinedModifierFlags(member);
  if (flags & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected)) return false;
  const name = ts.getNameOfDeclaration(member);
  return !(name && ts.isPrivateIdentifier(name));
}

function docOf(node: ts.Node): { readonly text: boolean; readonly hasDefault: boolean } {
  const tags = ts.getJSDocTags(node);
  const comments = ts.getJSDocCommentsAndTags(node).filter(ts.isJSDoc);
  const text = comments.some((c) => (typeof c.comment === 'string' ? c.comment.trim() !== '' : (c.comment?.length ?? 0) > 0)) || tags.length > 0;
  return { text, hasDefault: tags.some((t) => t.tagName.text === 'default') };
}

function walk(): Findings {
  const program = ts.createProgram([join(BUILD, 'index.d.ts')], { noEmit: true, skipLibCheck: true, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext });
  const checker = program.getTypeChecker();
  const index = program.getSourceFile(join(BUILD, 'index.d.ts'))!;
  const ours = (d: ts.Node): boolean => d.getSourceFile().fileName.startsWith(BUILD);
  const findings: Findings = { undocumented: [], noDefault: [], internalParams: [], exported: [] };
  const seen = new Set<ts.Node>();

  const member = (owner: string, m: ts.Declaration): void => {
    if (seen.has(m) || !ours(m) || !isPublicMember(m)) return;
    seen.add(m);
    const name = `${owner}.${ts.getNameOfDeclaration(m)?.getText() ?? 'constructor'}`;
    if (ts.isConstructorDeclaration(m)) {
      for (const p of m.parameters) if (['owner', 'raw'].includes(p.name.getText())) findings.internalParams.push(`${name}(${p.name.getText()})`);
      return;
    }
    // A getter and its setter, or the overloads of a method, share one doc comment.
    if (ts.isSetAccessor(m) || ts.isIndexSignatureDeclaration(m)) return;
    const doc = docOf(m);
    if (!doc.text) findings.undocumented.push(name);
    const optional = (ts.isPropertySignature(m) || ts.isPropertyDeclaration(m)) && m.questionToken !== undefined;
    if (optional && ts.isPropertySignature(m) && !doc.hasDefault) findings.noDefault.push(name);
  };

  for (const exported of checker.getExportsOfModule(checker.getSymbolAtLocation(index)!)) {
    findings.exported.push(exported.name);
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    for (const decl of symbol.declarations ?? []) {
      if (seen.has(decl) || !ours(decl)) continue;
      seen.add(decl);
      const overloadFollows = ts.isFunctionDeclaration(decl) && decl.body === undefined && (symbol.declarations ?? []).indexOf(decl) > 0;
      if (!overloadFollows && !docOf(decl).text) findings.undocumented.push(exported.name);
      if (ts.isClassDeclaration(decl) || ts.isInterfaceDeclaration(decl) || ts.isEnumDeclaration(decl)) {
        for (const m of decl.members as ts.NodeArray<ts.Declaration>) member(exported.name, m);
      }
      if (ts.isTypeAliasDeclaration(decl) && ts.isTypeLiteralNode(decl.type)) {
        for (const m of decl.type.members) member(exported.name, m);
      }
    }
  }
  return findings;
}

describe('the published typings', () => {
  const findings = walk();

  it('document every exported declaration and public member', () => {
    expect(findings.undocumented).toEqual([]);
  });

  it('give every optional prop its @default', () => {
    expect(findings.noDefault).toEqual([]);
  });

  it('take no internal constructor parameters', () => {
    expect(findings.internalParams).toEqual([]);
  });

  it('export no internal helper', () => {
    expect(findings.exported.filter((n) => ['bundleRunner', 'Surface', 'TektonResource', 'ReferenceOwner'].includes(n))).toEqual([]);
    expect(findings.exported).toContain('Task');
    expect(findings.exported).toContain('ITask');
  });
});
