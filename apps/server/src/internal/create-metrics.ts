import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client'

/** The server's Prometheus metrics, in a registry of its own so two servers in one process never mix. */
export interface ServerMetrics {
  registry: Registry
  requests: Counter<'method' | 'route' | 'status'>
  duration: Histogram<'method' | 'route'>
  extractions: Counter<'engine' | 'template' | 'outcome'>
}

/** Creates the metrics; `running` is read at each scrape for the running-extractions gauge. */
export function createMetrics(running: () => number): ServerMetrics {
  const registry = new Registry()
  collectDefaultMetrics({ register: registry })
  const metrics: ServerMetrics = {
    registry,
    requests: new Counter({
      name: 'tiqu_http_requests_total',
      help: 'HTTP requests answered, by route and status.',
      labelNames: ['method', 'route', 'status'],
      registers: [registry],
    }),
    duration: new Histogram({
      name: 'tiqu_http_request_duration_seconds',
      help: 'Time from request to the end of the response (a stream counts until its last event).',
      labelNames: ['method', 'route'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120],
      registers: [registry],
    }),
    extractions: new Counter({
      name: 'tiqu_extractions_total',
      help: 'Documents read, by engine, template and outcome: valid, invalid (read, but checks failed) or the error code.',
      labelNames: ['engine', 'template', 'outcome'],
      registers: [registry],
    }),
  }
  new Gauge({
    name: 'tiqu_extractions_running',
    help: 'Extractions and chat completions running now.',
    registers: [registry],
    collect() {
      this.set(running())
    },
  })
  return metrics
}
