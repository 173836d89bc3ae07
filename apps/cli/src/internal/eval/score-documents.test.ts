import { describe, expect, it } from 'vitest'
import { scoreDocuments, worstDocuments } from './score-documents.js'

describe('scoreDocuments', () => {
  it('counts precision, recall and exact match per field, and micro F1 overall', () => {
    const scores = scoreDocuments([
      {
        source: 'a.jpg',
        expected: { number: 'A1', price: '553.0', name: '张三' },
        got: { number: 'A1', price: '¥553.00', name: '张三' },
      },
      // A wrong value: predicted, not correct, and the label is missed.
      {
        source: 'b.jpg',
        expected: { number: 'B2', price: '10', name: '李四' },
        got: { number: 'B8', price: '10', name: '李四' },
      },
      // A value the label does not have, and one the engine left out.
      {
        source: 'c.jpg',
        expected: { number: 'C3', price: null, name: '王五' },
        got: { number: 'C3', price: '7.00', name: null },
      },
    ])
    expect(scores.documents).toBe(3)
    const byField = Object.fromEntries(scores.fields.map((field) => [field.field, field]))
    expect(scores.fields.map((field) => field.field)).toEqual(['number', 'price', 'name'])
    expect(byField.number).toMatchObject({
      predicted: 3,
      support: 3,
      correct: 2,
      precision: 2 / 3,
      recall: 2 / 3,
      exact: 2 / 3,
    })
    expect(byField.price).toMatchObject({
      predicted: 3,
      support: 2,
      correct: 2,
      precision: 2 / 3,
      recall: 1,
      exact: 2 / 3,
    })
    expect(byField.name).toMatchObject({
      predicted: 2,
      support: 3,
      correct: 2,
      precision: 1,
      recall: 2 / 3,
      exact: 2 / 3,
    })
    expect(scores.overall).toMatchObject({
      predicted: 8,
      support: 8,
      correct: 6,
      precision: 0.75,
      recall: 0.75,
      exact: 1 / 3,
    })
    expect(scores.overall.f1).toBeCloseTo(0.75, 10)
    expect(scores.perDocument[2]?.wrong).toEqual([
      { path: 'price', expected: null, got: '7.00' },
      { path: 'name', expected: '王五', got: null },
    ])
  })

  it('compares line items in order and scores them together by items[].name', () => {
    const scores = scoreDocuments([
      {
        source: 'r.jpg',
        expected: { items: [{ name: 'pen' }, { name: 'ink' }, { name: 'pad' }] },
        got: { items: [{ name: 'pen' }, { name: 'pad' }] },
      },
    ])
    expect(scores.fields).toEqual([
      {
        field: 'items[].name',
        predicted: 2,
        support: 3,
        correct: 1,
        precision: 0.5,
        recall: 1 / 3,
        exact: 0,
      },
    ])
    expect(scores.perDocument[0]?.wrong.map((wrong) => wrong.path)).toEqual([
      'items[1].name',
      'items[2].name',
    ])
  })

  it('counts every label of a failed document as missed, and nothing as predicted', () => {
    const scores = scoreDocuments([
      {
        source: 'x.jpg',
        expected: { number: 'X' },
        got: null,
        error: { code: 'TIQU_SERVER', message: 'down' },
      },
    ])
    expect(scores.overall).toMatchObject({
      predicted: 0,
      support: 1,
      correct: 0,
      precision: null,
      recall: 0,
      f1: 0,
      exact: 0,
    })
    expect(scores.perDocument[0]).toMatchObject({
      error: { code: 'TIQU_SERVER' },
      wrong: [{ path: 'number', expected: 'X', got: null }],
    })
  })

  it('treats a field empty on both sides as right for exact match, and outside precision and recall', () => {
    const scores = scoreDocuments([{ source: 'e.jpg', expected: { note: null }, got: { note: '' } }])
    expect(scores.fields[0]).toMatchObject({
      predicted: 0,
      support: 0,
      precision: null,
      recall: null,
      exact: 1,
    })
    expect(scores.overall.exact).toBe(1)
  })
})

describe('worstDocuments', () => {
  it('lists documents with the most wrong values first, ties by source, none that are all right', () => {
    const scores = scoreDocuments([
      { source: 'b.jpg', expected: { a: '1', b: '2' }, got: { a: '0', b: '2' } },
      { source: 'ok.jpg', expected: { a: '1', b: '2' }, got: { a: '1', b: '2' } },
      { source: 'c.jpg', expected: { a: '1', b: '2' }, got: { a: '0', b: '0' } },
      { source: 'a.jpg', expected: { a: '1', b: '2' }, got: { a: '1', b: '0' } },
    ])
    expect(worstDocuments(scores, 5).map((document) => document.source)).toEqual(['c.jpg', 'a.jpg', 'b.jpg'])
    expect(worstDocuments(scores, 1).map((document) => document.source)).toEqual(['c.jpg'])
  })
})
