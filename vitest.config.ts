import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    projects: ['packages/*', 'templates/*', 'apps/*', 'tooling'],
    // Two cores: the ONNX models and the loopback servers are heavy; keep files from starving each other.
    maxWorkers: 2,
    reporters: process.env.CI ? ['default'] : ['default'],
  },
})
