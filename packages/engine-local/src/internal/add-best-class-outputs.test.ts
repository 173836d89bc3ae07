import { readFile } from 'node:fs/promises'
import * as ort from 'onnxruntime-node'
import { expect, it } from 'vitest'
import { addBestClassOutputs, bestClassOutputs } from './add-best-class-outputs.js'
import { modelPaths } from './model-paths.js'
import { readOnnxModel, writeOnnxModel } from './onnx-model.js'

it("gives, for each step, the recognizer's likeliest class, its probability and the space's", async () => {
  const model = readOnnxModel(new Uint8Array(await readFile(modelPaths().recognition)))
  const probabilitiesName = addBestClassOutputs(model, 6624)
  const session = await ort.InferenceSession.create(writeOnnxModel(model))
  // A 48 × 256 strip of stripes, a line the model reads as something with blanks between.
  const [height, width] = [48, 256]
  const pixels = Float32Array.from({ length: 2 * 3 * height * width }, (_, index) =>
    Math.sin(index % width) > 0.5 ? 1 : -1,
  )
  const outputs = await session.run({
    [session.inputNames[0] as string]: new ort.Tensor('float32', pixels, [2, 3, height, width]),
  })
  await session.release()
  const probabilities = outputs[probabilitiesName]?.data as Float32Array
  const classes = outputs[bestClassOutputs.classes]?.data as BigInt64Array
  const best = outputs[bestClassOutputs.probabilities]?.data as Float32Array
  const space = outputs[bestClassOutputs.spaceProbabilities]?.data as Float32Array
  const steps = classes.length
  expect(steps).toBe(2 * (width / 8))
  expect(probabilities.length).toBe(steps * 6625)
  for (let step = 0; step < steps; step++) {
    const row = probabilities.subarray(step * 6625, (step + 1) * 6625)
    const likeliest = row.indexOf(Math.max(...row))
    expect(Number(classes[step])).toBe(likeliest)
    expect(best[step]).toBe(row[likeliest])
    expect(space[step]).toBe(row[6624])
  }
})
