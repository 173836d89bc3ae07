import type { FastifyInstance } from 'fastify'
import { templatePrompt } from '../internal/match-template-prompt.js'
import type { ServerContext } from '../internal/server-context.js'

/**
 * `GET /v1/templates`: the templates served, each version once, with their fields.
 * `GET /v1/templates/:id`: one template (`id` or `id@range`, the highest matching version) with its
 * prompt and JSON Schema; an unknown id is a 404 that lists the installed ones.
 */
export function registerTemplatesRoutes(app: FastifyInstance, context: ServerContext): void {
  app.get('/v1/templates', async () => ({
    templates: context.registry.listTemplates().map(({ template, origin }) => ({
      id: template.id,
      version: template.version,
      title: template.title,
      ...(template.titleZh ? { title_zh: template.titleZh } : {}),
      description: template.description,
      fields: Object.keys((template.schema.properties as object | undefined) ?? {}),
      ...(origin ? { origin } : {}),
    })),
  }))

  app.get<{ Params: { id: string } }>(
    '/v1/templates/:id',
    {
      schema: {
        params: { type: 'object', properties: { id: { type: 'string', minLength: 1, maxLength: 200 } } },
      },
    },
    async (request) => {
      const template = context.registry.getTemplate(request.params.id)
      return {
        id: template.id,
        version: template.version,
        title: template.title,
        ...(template.titleZh ? { title_zh: template.titleZh } : {}),
        description: template.description,
        prompt: templatePrompt(template, context.options.model),
        schema: template.schema,
        // Whether the embedded engine can fill it (it has `local` rules).
        local: template.local !== undefined,
      }
    },
  )
}
