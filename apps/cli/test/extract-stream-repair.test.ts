import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { type FakeQwenServer, sequenceReplies, startFakeQwenServer } from '@tiqu/qwen-fake-server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { repositoryRoot, runCli } from './run-cli.js'

let expected: Record<string, string>
let server: FakeQwenServer

beforeAll(async () => {
  expected = JSON.parse(
    await readFile(path.join(repositoryRoot, 'examples/train-ticket.expected.json'), 'utf8'),
  )
  server = await startFakeQwenServer({ apiKey: 'sk-test' })
})

afterAll(() => server.close())

describe('tiqu extract --stream when the model is asked again', () => {
  it('marks where the first answer ends and the new one begins, and keeps the better one', async () => {
    const wrongSeat = { ...expected, seat_number: 'seat five' }
    server.setReply(
      sequenceReplies(
        { content: JSON.stringify(wrongSeat), chunkSize: 9 },
        { content: JSON.stringify(expected), chunkSize: 9 },
      ),
    )
    const run = await runCli(['extract', 'examples/train-ticket.jpg', '-t', 'train-ticket', '--stream'], {
      env: { DASHSCOPE_API_KEY: 'sk-test', TIQU_BASE_URL: server.baseURL },
    })
    expect(run.code).toBe(0)
    const first = run.stderr.indexOf('"seat five"')
    const marker = run.stderr.indexOf('tiqu: that answer had 1 error (/seat_number: ')
    const second = run.stderr.indexOf(`"${expected.seat_number}"`)
    expect(first).toBeGreaterThan(-1)
    expect(marker).toBeGreaterThan(first)
    expect(run.stderr.slice(marker)).toMatch(
      /^tiqu: that answer had 1 error \(.+\); asking again, answer 2:\n\{/,
    )
    expect(second).toBeGreaterThan(marker)
    const record = JSON.parse(run.stdout)
    expect(record).toMatchObject({ valid: true, data: expected })
    expect(record.attempts).toHaveLength(1)
    expect(record.attempts[0].text).toContain('seat five')
  })
})
