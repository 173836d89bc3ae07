import { defineConfig } from 'vitest/config'

export default defineConfig({ test: { include: ['broken.fixture.ts'] } })
