import { readFile } from 'node:fs/promises'
import type * as OnnxRuntime from 'onnxruntime-node'
import type SharpModule from 'sharp'
import { modelPaths } from './model-paths.js'
import type { ResolvedOptions } from './resolve-options.js'
import { simplifyModel } from './simplify-model.js'

/** The native modules and the two model sessions one engine holds for its lifetime. */
export interface Runtime {
  ort: Pick<typeof OnnxRuntime, 'InferenceSession' | 'Tensor'>
  sharp: typeof SharpModule
  detection: OnnxRuntime.InferenceSession
  recognition: OnnxRuntime.InferenceSession
  /** Tells upright text lines from upside-down ones (PaddleOCR's angle classifier). */
  orientation: OnnxRuntime.InferenceSession
  /** Index 0 is the CTC blank, then the dictionary's lines, then a space (PaddleOCR's `use_space_char`). */
  characters: string[]
  /**
   * Runs a model, one run at a time per engine: each run already uses every core it is given, and
   * concurrent runs on the same cores took twice as long in total as the same runs one after another.
   */
  infer(
    session: OnnxRuntime.InferenceSession,
    feeds: OnnxRuntime.InferenceSession.FeedsType,
  ): Promise<OnnxRuntime.InferenceSession.ReturnType>
  release(): Promise<void>
}

/**
 * Loads onnxruntime and sharp (only now, so that importing the package costs nothing) and opens
 * the models once.
 */
export async function loadRuntime(options: ResolvedOptions): Promise<Runtime> {
  const [ortModule, sharpModule] = await Promise.all([import('onnxruntime-node'), import('sharp')])
  // Both are CommonJS: Node's ESM loader hands over `module.exports` as the default export.
  const ort = ortModule.default
  const sharp = sharpModule.default
  const paths = modelPaths(options.models)
  const sessionOptions: OnnxRuntime.InferenceSession.SessionOptions = {
    executionProviders: ['cpu'],
    intraOpNumThreads: options.intraOpNumThreads,
    interOpNumThreads: 1,
    executionMode: 'sequential',
    graphOptimizationLevel: 'all',
    // Input shapes change with every page and line; a memory arena sized for the largest one seen
    // would keep that memory for the life of the process, so memory is returned after each run.
    enableCpuMemArena: false,
    enableMemPattern: false,
    // onnxruntime's worker threads spin briefly for the next operator instead of sleeping between
    // them: the recognizer ran a third faster (125 against 190 ms a batch of two 1280-column lines), and
    // two pages in flight on one engine took no longer than one after another (onnxruntime 1.30,
    // 2 cores). With `workers` > 1 each session has one thread, which never spins.
  }
  const open = async (path: string) =>
    ort.InferenceSession.create(await readSimplifiedModel(path), sessionOptions)
  const [detection, recognition, orientation, dictionary] = await Promise.all([
    open(paths.detection),
    open(paths.recognition),
    open(paths.orientation),
    readFile(paths.dictionary, 'utf8'),
  ])
  const entries = dictionary.split('\n').map((line) => line.replace(/\r$/, ''))
  if (entries.at(-1) === '') entries.pop()
  let queue: Promise<unknown> = Promise.resolve()
  return {
    ort,
    sharp,
    detection,
    recognition,
    orientation,
    characters: ['', ...entries, ' '],
    infer(session, feeds) {
      const result = queue.then(() => session.run(feeds))
      queue = result.catch(() => undefined)
      return result
    },
    async release() {
      await Promise.all([detection.release(), recognition.release(), orientation.release()])
    },
  }
}

/** A model file's bytes with its element-wise layers folded away (see {@link simplifyModel}). */
async function readSimplifiedModel(path: string): Promise<Uint8Array> {
  const bytes = new Uint8Array(await readFile(path))
  try {
    return simplifyModel(bytes).bytes
  } catch (error) {
    throw new Error(`${path} is not an ONNX model tiqu can read (${(error as Error).message})`, {
      cause: error,
    })
  }
}
