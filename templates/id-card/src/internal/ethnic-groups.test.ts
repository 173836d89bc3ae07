import { expect, it } from 'vitest'
import { ethnicGroups } from './ethnic-groups.js'

it('lists the 56 groups once each, without 族', () => {
  expect(ethnicGroups).toHaveLength(56)
  expect(new Set(ethnicGroups).size).toBe(56)
  expect(ethnicGroups.some((group) => group.endsWith('族'))).toBe(false)
  expect(ethnicGroups).toContain('维吾尔')
})
