import semver from 'semver'
import type { Engine } from '../engine/types.js'
import { EngineNotFoundError } from '../errors/engine-not-found-error.js'
import { TemplateNotFoundError } from '../errors/template-not-found-error.js'
import { closestMatch } from '../internal/closest-match.js'
import type { Template } from '../template/types.js'
import { checkTemplate } from './check-template.js'

/** Creates an engine when it is first asked for, so unused engines never load their native code. */
export type EngineFactory = () => Engine | Promise<Engine>

/** A template the registry holds, with where it came from (a package name or a path). */
export interface RegisteredTemplate {
  template: Template
  origin?: string
}

/** Holds templates and engines; resolves `id` or `id@range`; lists what it has. */
export interface Registry {
  /** Adds a template after checking it; throws `TemplateInvalidError` with the reason when refused. */
  addTemplate(template: unknown, origin?: string): Template
  /** The highest version of `id` (or of `id@range` that satisfies the range). */
  getTemplate(reference: string): Template
  /** Every template held, by id then version. */
  listTemplates(): RegisteredTemplate[]
  /** Registers an engine under its name; the factory runs on first use. */
  addEngine(id: string, factory: EngineFactory): void
  /** The engine of that name, created on first use and kept. */
  getEngine(id: string): Promise<Engine>
  /** Names of the registered engines. */
  listEngines(): string[]
  /** Closes every engine that was created. */
  close(): Promise<void>
}

/** Options of {@link createRegistry}. */
export interface RegistryOptions {
  /** Templates to add at once. @default [] */
  templates?: unknown[]
  /** Engines to register at once, by name. @default {} */
  engines?: Record<string, EngineFactory>
}

/** Creates a registry of templates and engines. */
export function createRegistry(options: RegistryOptions = {}): Registry {
  const templates: RegisteredTemplate[] = []
  const engineFactories = new Map<string, EngineFactory>()
  const engines = new Map<string, Promise<Engine>>()

  const registry: Registry = {
    addTemplate(candidate, origin) {
      const template = checkTemplate(candidate, origin)
      const existing = templates.find(
        (entry) => entry.template.id === template.id && entry.template.version === template.version,
      )
      // The first registration wins: a workspace or config entry shadows the same version installed elsewhere.
      if (existing) return existing.template
      templates.push(origin === undefined ? { template } : { template, origin })
      return template
    },

    getTemplate(reference) {
      const { id, range } = parseReference(reference)
      const sameId = templates.filter((entry) => entry.template.id === id).map((entry) => entry.template)
      const installed = [...new Set(templates.map((entry) => entry.template.id))].sort()
      if (sameId.length === 0) {
        const suggestion = closestMatch(id, installed)
        throw new TemplateNotFoundError(
          `Template '${id}' is not installed.${suggestion ? ` Did you mean '${suggestion}'?` : ''} ` +
            `Installed: ${installed.join(', ') || 'none'}. ` +
            `Add one with \`pnpm add @tiqu/template-${id}\` (or list it in tiqu.config.json), then \`tiqu templates\` shows it.`,
        )
      }
      const matching = sameId
        .filter((template) => range === undefined || semver.satisfies(template.version, range))
        .sort((a, b) => semver.rcompare(a.version, b.version))
      const best = matching[0]
      if (!best) {
        throw new TemplateNotFoundError(
          `Template '${id}' is installed at ${sameId.map((template) => template.version).join(', ')}, ` +
            `which does not satisfy '${range}'. Install a matching version, or change the range.`,
        )
      }
      return best
    },

    listTemplates() {
      return [...templates].sort(
        (a, b) =>
          a.template.id.localeCompare(b.template.id) ||
          semver.compare(a.template.version, b.template.version),
      )
    },

    addEngine(id, factory) {
      engineFactories.set(id, factory)
      engines.delete(id)
    },

    getEngine(id) {
      const created = engines.get(id)
      if (created) return created
      const factory = engineFactories.get(id)
      if (!factory) {
        return Promise.reject(
          new EngineNotFoundError(
            `Engine '${id}' is not available. Available engines: ${[...engineFactories.keys()].join(', ') || 'none'}.`,
          ),
        )
      }
      const engine = Promise.resolve().then(factory)
      engines.set(id, engine)
      return engine
    },

    listEngines() {
      return [...engineFactories.keys()]
    },

    async close() {
      const created = [...engines.values()]
      engines.clear()
      await Promise.all(created.map(async (engine) => (await engine).close?.()))
    },
  }

  for (const template of options.templates ?? []) registry.addTemplate(template)
  for (const [id, factory] of Object.entries(options.engines ?? {})) registry.addEngine(id, factory)
  return registry
}

function parseReference(reference: string): { id: string; range: string | undefined } {
  const at = reference.indexOf('@', 1)
  if (at === -1) return { id: reference, range: undefined }
  return { id: reference.slice(0, at), range: reference.slice(at + 1) }
}
